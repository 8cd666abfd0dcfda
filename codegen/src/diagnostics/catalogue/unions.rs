//! Rules of unions: `variants`, their types and literals, `discriminator` and `envelope`.

use super::*;

catalogue! {
    /// A union with an empty `variants` list.
    UnionWithoutVariants { name: String } => MissingKey,
    message: format!("union `{name}` has no variants"),
    help: "list its variants under `variants:`, each with `type:` or `value:`",

    /// A key of object types or enumerations on a union.
    KeyOnUnion { name: String, key: &'static str } => Conflict,
    message: format!("`{key}` is not a key of unions, and `{name}` has `variants`"),
    help: "remove it, or declare an object type (`properties`) or an enumeration (`values`)",

    /// An `envelope` on a union without a `discriminator`.
    EnvelopeWithoutDiscriminator { name: String } => InvalidUnion,
    message: format!("union `{name}` has an `envelope` but no `discriminator`"),
    help: "add `discriminator: <the member that names the variant>`, or remove `envelope`",

    /// An `envelope` on a type that is not a union.
    EnvelopeOutsideUnion { name: String } => Conflict,
    message: format!("`envelope` is a key of discriminated unions, and type `{name}` has no `variants`"),
    help: "remove `envelope`",

    /// A variant with neither `type` nor `value`.
    VariantWithoutType { union: String } => InvalidUnion,
    message: format!("a variant of union `{union}` has neither `type` nor `value`"),
    help: "give it `type: <a type>`, or `value: <a literal>` (with `type:` its scalar type)",

    /// A literal variant in a union whose discriminator names its variants.
    LiteralInDiscriminatedUnion { union: String } => InvalidUnion,
    message: format!("union `{union}` has a `discriminator`, so its variants are objects, not literal values"),
    help: "give the variant `type: <an object type>`, or remove the union's `discriminator`",

    /// A variant type a union cannot hold.
    VariantTypeNotAllowed { union: String, ty: String, reason: &'static str } => InvalidUnion,
    message: format!("union `{union}` cannot have a variant of type `{ty}`"),
    help: reason.to_string(),

    /// A variant of a union without an envelope that declares the discriminator itself.
    VariantDeclaresDiscriminator { union: String, ty: String, discriminator: String } => InvalidUnion,
    message: format!("`{ty}` declares `{discriminator}`, the member by which union `{union}` names its variants"),
    help: format!("remove `{discriminator}` from `{ty}`: the union writes it, or give the union an `envelope`"),

    /// The `type` of a literal variant that is not a string, a number or a boolean.
    LiteralTypeNotAllowed { ty: String } => UnknownType,
    message: format!("a literal variant cannot be of type `{ty}`"),
    help: "use `string` (the default), an integer type (`int32`...), `float32`, `float64` or `boolean`",

    /// A literal variant whose value is not a value of its type.
    LiteralNotOfItsType { value: String, ty: &'static str, problem: String } => InvalidExample,
    message: format!("`{value}` is not a valid {ty}: {problem}"),
    help: "write the value as its `type` reads it, or change the variant's `type`",

    /// A variant of a discriminated union without the `name` the discriminator takes.
    DiscriminatedVariantWithoutName {} => InvalidUnion,
    message: "a variant of a discriminated union needs a `name`: the discriminator's value that stands for it",
    help: "add `name: <the value of the discriminator>`",

    /// Two variants of one type, or two literals of one value.
    VariantTwice { union: String, variant: String } => InvalidUnion,
    message: format!("union `{union}` lists {variant} twice: reading could never tell the two apart"),
    help: "remove one of them",

    /// A variant that an earlier one always wins over.
    UnreachableVariant { union: String, variant: String, earlier: String } => InvalidUnion,
    message: format!("variant `{variant}` of union `{union}` can never be read: `{earlier}`, tried before it, reads every value it could hold"),
    help: format!("put `{variant}` before `{earlier}` (reading tries literals first, then types in the order written), or remove one of them"),
}
