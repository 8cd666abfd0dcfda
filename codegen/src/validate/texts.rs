//! Texts, in the default locale and the declared translations.

use super::*;

impl FilePass<'_> {
    pub(super) fn text(&mut self, text: &Spanned<TextSpec>, path: &str) -> Text {
        for locale in self.cx.locales.iter().skip(1) {
            if text.value.get(locale).is_none() {
                let default_locale = &self.cx.locales[0];
                let warning = rules::MissingTranslation {
                    locale: locale.clone(),
                    default_locale: default_locale.clone(),
                }
                .at(self.at(&text.referenced))
                .at_path(path);
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
                        let declared = self.cx.locales.clone();
                        self.report(
                            &spanned.referenced,
                            &format!("{path}.{locale}"),
                            rules::TextInUndeclaredLocale {
                                locale: locale.clone(),
                                declared,
                            },
                        );
                    } else if *locale != default_locale {
                        translations.insert(locale.clone(), value.trim_end().to_string());
                    }
                }
                let default = match text.value.get(&default_locale) {
                    Some(value) => value.trim_end().to_string(),
                    None => {
                        self.report(
                            &text.referenced,
                            path,
                            rules::MissingDefaultText {
                                default_locale: default_locale.clone(),
                            },
                        );
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
