//! Texts, in the default locale and the declared translations.

use super::*;

impl FilePass<'_> {
    pub(super) fn text(&mut self, text: &Spanned<TextSpec>, path: &str) -> Text {
        for locale in self.cx.locales.iter().skip(1) {
            if text.value.get(locale).is_none() {
                let default_locale = &self.cx.locales[0];
                let warning = Diagnostic::warning(
                    Code::MissingTranslation,
                    self.at(&text.referenced),
                    format!("the text has no `{locale}` version"),
                )
                .at_path(path)
                .with_help(format!(
                    "add `{locale}:` next to `{default_locale}:`; until then the `{default_locale}` text is shown"
                ));
                self.untranslated.push((locale.clone(), warning));
            }
        }
        match &text.value {
            TextSpec::Plain(value) => Text {
                default: value.trim_end().to_string(),
                translations: BTreeMap::new(),
            },
            TextSpec::Localized(by_locale) => {
                let default_locale = self
                    .cx
                    .locales
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "en".into());
                let mut translations = BTreeMap::new();
                for (spanned, value) in by_locale {
                    let locale = &spanned.value;
                    if !self.cx.locales.contains(locale) {
                        let known = self.cx.locales.join(", ");
                        let help = did_you_mean(
                            closest(locale, self.cx.locales.iter().map(String::as_str)),
                            &format!(" the service declares the locales: {known}"),
                            format!("add `{locale}` to `service.locales`, or use one of: {known}"),
                        );
                        self.error(
                            Code::InvalidValue,
                            &spanned.referenced,
                            &format!("{path}.{locale}"),
                            format!("locale `{locale}` is not declared in `service.locales`"),
                            &help,
                        );
                    } else if *locale != default_locale {
                        translations.insert(locale.clone(), value.trim_end().to_string());
                    }
                }
                let default = match text.value.get(&default_locale) {
                    Some(value) => value.trim_end().to_string(),
                    None => {
                        self.error(Code::MissingText, &text.referenced, path, format!("the text has no `{default_locale}` version"), &format!("add `{default_locale}:`, the default locale, which every text needs"));
                        String::new()
                    }
                };
                Text {
                    default,
                    translations,
                }
            }
        }
    }

    pub(super) fn optional_text(&mut self, text: &Option<Spanned<TextSpec>>, path: &str) -> Text {
        text.as_ref()
            .map(|text| self.text(text, path))
            .unwrap_or_default()
    }
}
