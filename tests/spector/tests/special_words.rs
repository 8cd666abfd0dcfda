//! Spector's SpecialWords scenarios: keywords of programming languages as operation, parameter
//! and model names. Written by `spec/special-words/generate.mjs`: do not edit.
#![allow(clippy::unwrap_used)]

mod common;

use spector_clients::{special_words_models, special_words_operations, special_words_parameters};

mod operations {
    use super::special_words_operations::*;

    fn client() -> Client {
        Client::builder()
            .base_url(super::common::base_url())
            .build()
            .unwrap()
    }

    /// `SpecialWords_Operations_and`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_and() {
        let response = client().and().await.unwrap();
        assert_eq!(response, AndResponse::NoContent);
    }

    /// `SpecialWords_Operations_as`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_as() {
        let response = client().r#as().await.unwrap();
        assert_eq!(response, AsResponse::NoContent);
    }

    /// `SpecialWords_Operations_assert`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_assert() {
        let response = client().assert().await.unwrap();
        assert_eq!(response, AssertResponse::NoContent);
    }

    /// `SpecialWords_Operations_async`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_async() {
        let response = client().r#async().await.unwrap();
        assert_eq!(response, AsyncResponse::NoContent);
    }

    /// `SpecialWords_Operations_await`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_await() {
        let response = client().r#await().await.unwrap();
        assert_eq!(response, AwaitResponse::NoContent);
    }

    /// `SpecialWords_Operations_break`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_break() {
        let response = client().r#break().await.unwrap();
        assert_eq!(response, BreakResponse::NoContent);
    }

    /// `SpecialWords_Operations_class`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_class() {
        let response = client().class().await.unwrap();
        assert_eq!(response, ClassResponse::NoContent);
    }

    /// `SpecialWords_Operations_constructor`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_constructor() {
        let response = client().constructor().await.unwrap();
        assert_eq!(response, ConstructorResponse::NoContent);
    }

    /// `SpecialWords_Operations_continue`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_continue() {
        let response = client().r#continue().await.unwrap();
        assert_eq!(response, ContinueResponse::NoContent);
    }

    /// `SpecialWords_Operations_def`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_def() {
        let response = client().def().await.unwrap();
        assert_eq!(response, DefResponse::NoContent);
    }

    /// `SpecialWords_Operations_del`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_del() {
        let response = client().del().await.unwrap();
        assert_eq!(response, DelResponse::NoContent);
    }

    /// `SpecialWords_Operations_elif`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_elif() {
        let response = client().elif().await.unwrap();
        assert_eq!(response, ElifResponse::NoContent);
    }

    /// `SpecialWords_Operations_else`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_else() {
        let response = client().r#else().await.unwrap();
        assert_eq!(response, ElseResponse::NoContent);
    }

    /// `SpecialWords_Operations_except`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_except() {
        let response = client().except().await.unwrap();
        assert_eq!(response, ExceptResponse::NoContent);
    }

    /// `SpecialWords_Operations_exec`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_exec() {
        let response = client().exec().await.unwrap();
        assert_eq!(response, ExecResponse::NoContent);
    }

    /// `SpecialWords_Operations_finally`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_finally() {
        let response = client().finally().await.unwrap();
        assert_eq!(response, FinallyResponse::NoContent);
    }

    /// `SpecialWords_Operations_for`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_for() {
        let response = client().r#for().await.unwrap();
        assert_eq!(response, ForResponse::NoContent);
    }

    /// `SpecialWords_Operations_from`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_from() {
        let response = client().from().await.unwrap();
        assert_eq!(response, FromResponse::NoContent);
    }

    /// `SpecialWords_Operations_global`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_global() {
        let response = client().global().await.unwrap();
        assert_eq!(response, GlobalResponse::NoContent);
    }

    /// `SpecialWords_Operations_if`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_if() {
        let response = client().r#if().await.unwrap();
        assert_eq!(response, IfResponse::NoContent);
    }

    /// `SpecialWords_Operations_import`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_import() {
        let response = client().import().await.unwrap();
        assert_eq!(response, ImportResponse::NoContent);
    }

    /// `SpecialWords_Operations_in`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_in() {
        let response = client().r#in().await.unwrap();
        assert_eq!(response, InResponse::NoContent);
    }

    /// `SpecialWords_Operations_is`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_is() {
        let response = client().is().await.unwrap();
        assert_eq!(response, IsResponse::NoContent);
    }

    /// `SpecialWords_Operations_lambda`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_lambda() {
        let response = client().lambda().await.unwrap();
        assert_eq!(response, LambdaResponse::NoContent);
    }

    /// `SpecialWords_Operations_not`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_not() {
        let response = client().not().await.unwrap();
        assert_eq!(response, NotResponse::NoContent);
    }

    /// `SpecialWords_Operations_or`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_or() {
        let response = client().or().await.unwrap();
        assert_eq!(response, OrResponse::NoContent);
    }

    /// `SpecialWords_Operations_pass`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_pass() {
        let response = client().pass().await.unwrap();
        assert_eq!(response, PassResponse::NoContent);
    }

    /// `SpecialWords_Operations_raise`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_raise() {
        let response = client().raise().await.unwrap();
        assert_eq!(response, RaiseResponse::NoContent);
    }

    /// `SpecialWords_Operations_return`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_return() {
        let response = client().r#return().await.unwrap();
        assert_eq!(response, ReturnResponse::NoContent);
    }

    /// `SpecialWords_Operations_try`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_try() {
        let response = client().r#try().await.unwrap();
        assert_eq!(response, TryResponse::NoContent);
    }

    /// `SpecialWords_Operations_while`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_while() {
        let response = client().r#while().await.unwrap();
        assert_eq!(response, WhileResponse::NoContent);
    }

    /// `SpecialWords_Operations_with`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_with() {
        let response = client().with().await.unwrap();
        assert_eq!(response, WithResponse::NoContent);
    }

    /// `SpecialWords_Operations_yield`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_operations_yield() {
        let response = client().r#yield().await.unwrap();
        assert_eq!(response, YieldResponse::NoContent);
    }
}

mod parameters {
    use super::special_words_parameters::*;

    fn client() -> Client {
        Client::builder()
            .base_url(super::common::base_url())
            .build()
            .unwrap()
    }

    /// `SpecialWords_Parameters_and`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_and() {
        let response = client().with_and("ok").await.unwrap();
        assert_eq!(response, WithAndResponse::NoContent);
    }

    /// `SpecialWords_Parameters_as`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_as() {
        let response = client().with_as("ok").await.unwrap();
        assert_eq!(response, WithAsResponse::NoContent);
    }

    /// `SpecialWords_Parameters_assert`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_assert() {
        let response = client().with_assert("ok").await.unwrap();
        assert_eq!(response, WithAssertResponse::NoContent);
    }

    /// `SpecialWords_Parameters_async`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_async() {
        let response = client().with_async("ok").await.unwrap();
        assert_eq!(response, WithAsyncResponse::NoContent);
    }

    /// `SpecialWords_Parameters_await`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_await() {
        let response = client().with_await("ok").await.unwrap();
        assert_eq!(response, WithAwaitResponse::NoContent);
    }

    /// `SpecialWords_Parameters_break`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_break() {
        let response = client().with_break("ok").await.unwrap();
        assert_eq!(response, WithBreakResponse::NoContent);
    }

    /// `SpecialWords_Parameters_class`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_class() {
        let response = client().with_class("ok").await.unwrap();
        assert_eq!(response, WithClassResponse::NoContent);
    }

    /// `SpecialWords_Parameters_constructor`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_constructor() {
        let response = client().with_constructor("ok").await.unwrap();
        assert_eq!(response, WithConstructorResponse::NoContent);
    }

    /// `SpecialWords_Parameters_continue`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_continue() {
        let response = client().with_continue("ok").await.unwrap();
        assert_eq!(response, WithContinueResponse::NoContent);
    }

    /// `SpecialWords_Parameters_def`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_def() {
        let response = client().with_def("ok").await.unwrap();
        assert_eq!(response, WithDefResponse::NoContent);
    }

    /// `SpecialWords_Parameters_del`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_del() {
        let response = client().with_del("ok").await.unwrap();
        assert_eq!(response, WithDelResponse::NoContent);
    }

    /// `SpecialWords_Parameters_elif`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_elif() {
        let response = client().with_elif("ok").await.unwrap();
        assert_eq!(response, WithElifResponse::NoContent);
    }

    /// `SpecialWords_Parameters_else`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_else() {
        let response = client().with_else("ok").await.unwrap();
        assert_eq!(response, WithElseResponse::NoContent);
    }

    /// `SpecialWords_Parameters_except`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_except() {
        let response = client().with_except("ok").await.unwrap();
        assert_eq!(response, WithExceptResponse::NoContent);
    }

    /// `SpecialWords_Parameters_exec`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_exec() {
        let response = client().with_exec("ok").await.unwrap();
        assert_eq!(response, WithExecResponse::NoContent);
    }

    /// `SpecialWords_Parameters_finally`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_finally() {
        let response = client().with_finally("ok").await.unwrap();
        assert_eq!(response, WithFinallyResponse::NoContent);
    }

    /// `SpecialWords_Parameters_for`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_for() {
        let response = client().with_for("ok").await.unwrap();
        assert_eq!(response, WithForResponse::NoContent);
    }

    /// `SpecialWords_Parameters_from`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_from() {
        let response = client().with_from("ok").await.unwrap();
        assert_eq!(response, WithFromResponse::NoContent);
    }

    /// `SpecialWords_Parameters_global`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_global() {
        let response = client().with_global("ok").await.unwrap();
        assert_eq!(response, WithGlobalResponse::NoContent);
    }

    /// `SpecialWords_Parameters_if`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_if() {
        let response = client().with_if("ok").await.unwrap();
        assert_eq!(response, WithIfResponse::NoContent);
    }

    /// `SpecialWords_Parameters_import`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_import() {
        let response = client().with_import("ok").await.unwrap();
        assert_eq!(response, WithImportResponse::NoContent);
    }

    /// `SpecialWords_Parameters_in`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_in() {
        let response = client().with_in("ok").await.unwrap();
        assert_eq!(response, WithInResponse::NoContent);
    }

    /// `SpecialWords_Parameters_is`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_is() {
        let response = client().with_is("ok").await.unwrap();
        assert_eq!(response, WithIsResponse::NoContent);
    }

    /// `SpecialWords_Parameters_lambda`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_lambda() {
        let response = client().with_lambda("ok").await.unwrap();
        assert_eq!(response, WithLambdaResponse::NoContent);
    }

    /// `SpecialWords_Parameters_not`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_not() {
        let response = client().with_not("ok").await.unwrap();
        assert_eq!(response, WithNotResponse::NoContent);
    }

    /// `SpecialWords_Parameters_or`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_or() {
        let response = client().with_or("ok").await.unwrap();
        assert_eq!(response, WithOrResponse::NoContent);
    }

    /// `SpecialWords_Parameters_pass`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_pass() {
        let response = client().with_pass("ok").await.unwrap();
        assert_eq!(response, WithPassResponse::NoContent);
    }

    /// `SpecialWords_Parameters_raise`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_raise() {
        let response = client().with_raise("ok").await.unwrap();
        assert_eq!(response, WithRaiseResponse::NoContent);
    }

    /// `SpecialWords_Parameters_return`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_return() {
        let response = client().with_return("ok").await.unwrap();
        assert_eq!(response, WithReturnResponse::NoContent);
    }

    /// `SpecialWords_Parameters_try`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_try() {
        let response = client().with_try("ok").await.unwrap();
        assert_eq!(response, WithTryResponse::NoContent);
    }

    /// `SpecialWords_Parameters_while`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_while() {
        let response = client().with_while("ok").await.unwrap();
        assert_eq!(response, WithWhileResponse::NoContent);
    }

    /// `SpecialWords_Parameters_with`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_with() {
        let response = client().with_with("ok").await.unwrap();
        assert_eq!(response, WithWithResponse::NoContent);
    }

    /// `SpecialWords_Parameters_yield`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_yield() {
        let response = client().with_yield("ok").await.unwrap();
        assert_eq!(response, WithYieldResponse::NoContent);
    }

    /// `SpecialWords_Parameters_cancellationToken`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_parameters_cancellation_token() {
        let response = client().with_cancellation_token("ok").await.unwrap();
        assert_eq!(response, WithCancellationTokenResponse::NoContent);
    }
}

mod models {
    use super::special_words_models::*;

    fn client() -> Client {
        Client::builder()
            .base_url(super::common::base_url())
            .build()
            .unwrap()
    }

    /// `SpecialWords_Models_and`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_and() {
        let body = And { name: "ok".into() };
        let response = client().with_and(&body).await.unwrap();
        assert_eq!(response, WithAndResponse::NoContent);
    }

    /// `SpecialWords_Models_as`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_as() {
        let body = As { name: "ok".into() };
        let response = client().with_as(&body).await.unwrap();
        assert_eq!(response, WithAsResponse::NoContent);
    }

    /// `SpecialWords_Models_assert`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_assert() {
        let body = Assert { name: "ok".into() };
        let response = client().with_assert(&body).await.unwrap();
        assert_eq!(response, WithAssertResponse::NoContent);
    }

    /// `SpecialWords_Models_async`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_async() {
        let body = Async { name: "ok".into() };
        let response = client().with_async(&body).await.unwrap();
        assert_eq!(response, WithAsyncResponse::NoContent);
    }

    /// `SpecialWords_Models_await`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_await() {
        let body = Await { name: "ok".into() };
        let response = client().with_await(&body).await.unwrap();
        assert_eq!(response, WithAwaitResponse::NoContent);
    }

    /// `SpecialWords_Models_break`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_break() {
        let body = Break { name: "ok".into() };
        let response = client().with_break(&body).await.unwrap();
        assert_eq!(response, WithBreakResponse::NoContent);
    }

    /// `SpecialWords_Models_class`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_class() {
        let body = Class { name: "ok".into() };
        let response = client().with_class(&body).await.unwrap();
        assert_eq!(response, WithClassResponse::NoContent);
    }

    /// `SpecialWords_Models_constructor`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_constructor() {
        let body = Constructor { name: "ok".into() };
        let response = client().with_constructor(&body).await.unwrap();
        assert_eq!(response, WithConstructorResponse::NoContent);
    }

    /// `SpecialWords_Models_continue`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_continue() {
        let body = Continue { name: "ok".into() };
        let response = client().with_continue(&body).await.unwrap();
        assert_eq!(response, WithContinueResponse::NoContent);
    }

    /// `SpecialWords_Models_def`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_def() {
        let body = Def { name: "ok".into() };
        let response = client().with_def(&body).await.unwrap();
        assert_eq!(response, WithDefResponse::NoContent);
    }

    /// `SpecialWords_Models_del`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_del() {
        let body = Del { name: "ok".into() };
        let response = client().with_del(&body).await.unwrap();
        assert_eq!(response, WithDelResponse::NoContent);
    }

    /// `SpecialWords_Models_elif`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_elif() {
        let body = Elif { name: "ok".into() };
        let response = client().with_elif(&body).await.unwrap();
        assert_eq!(response, WithElifResponse::NoContent);
    }

    /// `SpecialWords_Models_else`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_else() {
        let body = Else { name: "ok".into() };
        let response = client().with_else(&body).await.unwrap();
        assert_eq!(response, WithElseResponse::NoContent);
    }

    /// `SpecialWords_Models_except`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_except() {
        let body = Except { name: "ok".into() };
        let response = client().with_except(&body).await.unwrap();
        assert_eq!(response, WithExceptResponse::NoContent);
    }

    /// `SpecialWords_Models_exec`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_exec() {
        let body = Exec { name: "ok".into() };
        let response = client().with_exec(&body).await.unwrap();
        assert_eq!(response, WithExecResponse::NoContent);
    }

    /// `SpecialWords_Models_finally`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_finally() {
        let body = Finally { name: "ok".into() };
        let response = client().with_finally(&body).await.unwrap();
        assert_eq!(response, WithFinallyResponse::NoContent);
    }

    /// `SpecialWords_Models_for`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_for() {
        let body = For { name: "ok".into() };
        let response = client().with_for(&body).await.unwrap();
        assert_eq!(response, WithForResponse::NoContent);
    }

    /// `SpecialWords_Models_from`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_from() {
        let body = From { name: "ok".into() };
        let response = client().with_from(&body).await.unwrap();
        assert_eq!(response, WithFromResponse::NoContent);
    }

    /// `SpecialWords_Models_global`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_global() {
        let body = Global { name: "ok".into() };
        let response = client().with_global(&body).await.unwrap();
        assert_eq!(response, WithGlobalResponse::NoContent);
    }

    /// `SpecialWords_Models_if`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_if() {
        let body = If { name: "ok".into() };
        let response = client().with_if(&body).await.unwrap();
        assert_eq!(response, WithIfResponse::NoContent);
    }

    /// `SpecialWords_Models_import`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_import() {
        let body = Import { name: "ok".into() };
        let response = client().with_import(&body).await.unwrap();
        assert_eq!(response, WithImportResponse::NoContent);
    }

    /// `SpecialWords_Models_in`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_in() {
        let body = In { name: "ok".into() };
        let response = client().with_in(&body).await.unwrap();
        assert_eq!(response, WithInResponse::NoContent);
    }

    /// `SpecialWords_Models_is`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_is() {
        let body = Is { name: "ok".into() };
        let response = client().with_is(&body).await.unwrap();
        assert_eq!(response, WithIsResponse::NoContent);
    }

    /// `SpecialWords_Models_lambda`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_lambda() {
        let body = Lambda { name: "ok".into() };
        let response = client().with_lambda(&body).await.unwrap();
        assert_eq!(response, WithLambdaResponse::NoContent);
    }

    /// `SpecialWords_Models_not`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_not() {
        let body = Not { name: "ok".into() };
        let response = client().with_not(&body).await.unwrap();
        assert_eq!(response, WithNotResponse::NoContent);
    }

    /// `SpecialWords_Models_or`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_or() {
        let body = Or { name: "ok".into() };
        let response = client().with_or(&body).await.unwrap();
        assert_eq!(response, WithOrResponse::NoContent);
    }

    /// `SpecialWords_Models_pass`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_pass() {
        let body = Pass { name: "ok".into() };
        let response = client().with_pass(&body).await.unwrap();
        assert_eq!(response, WithPassResponse::NoContent);
    }

    /// `SpecialWords_Models_raise`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_raise() {
        let body = Raise { name: "ok".into() };
        let response = client().with_raise(&body).await.unwrap();
        assert_eq!(response, WithRaiseResponse::NoContent);
    }

    /// `SpecialWords_Models_return`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_return() {
        let body = Return { name: "ok".into() };
        let response = client().with_return(&body).await.unwrap();
        assert_eq!(response, WithReturnResponse::NoContent);
    }

    /// `SpecialWords_Models_try`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_try() {
        let body = Try { name: "ok".into() };
        let response = client().with_try(&body).await.unwrap();
        assert_eq!(response, WithTryResponse::NoContent);
    }

    /// `SpecialWords_Models_while`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_while() {
        let body = While { name: "ok".into() };
        let response = client().with_while(&body).await.unwrap();
        assert_eq!(response, WithWhileResponse::NoContent);
    }

    /// `SpecialWords_Models_with`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_with() {
        let body = With { name: "ok".into() };
        let response = client().with_with(&body).await.unwrap();
        assert_eq!(response, WithWithResponse::NoContent);
    }

    /// `SpecialWords_Models_yield`
    #[tokio::test]
    #[ignore = "needs the Spector mock server: tests/spector/run.sh"]
    async fn special_words_models_yield() {
        let body = Yield { name: "ok".into() };
        let response = client().with_yield(&body).await.unwrap();
        assert_eq!(response, WithYieldResponse::NoContent);
    }
}
