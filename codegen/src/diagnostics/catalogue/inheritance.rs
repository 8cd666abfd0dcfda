//! Rules of `extends`, `discriminator` and `discriminator-value`.

use super::*;

catalogue! {
    /// An `extends` that names no object type of the service file.
    UnknownBase { name: String, base: String, candidates: Vec<String> } => InvalidInheritance,
    message: format!("type `{name}` extends `{base}`, which is not an object type of the service file"),
    help: {
        let otherwise = "name a type of `types` that has `properties`".to_string();
        suggest(base, candidates.iter().map(String::as_str), "", otherwise)
    },

    /// Types that extend each other in a circle.
    InheritanceCycle { name: String } => InvalidInheritance,
    message: format!("type `{name}` extends itself, through the types it extends"),
    help: "remove one `extends` of the circle",

    /// `extends`, `discriminator` or `discriminator-value` on an enumeration.
    InheritanceOfEnumeration { name: String, key: &'static str } => InvalidInheritance,
    message: format!("enumeration `{name}` cannot have `{key}`: only object types take part in inheritance"),
    help: format!("remove `{key}`, or give the type `properties` instead of `values`"),

    /// A `discriminator-value` on a type whose base has no `discriminator`.
    ValueWithoutDiscriminator { name: String } => InvalidInheritance,
    message: format!("type `{name}` has a `discriminator-value`, but it extends no type with a `discriminator`"),
    help: "add `discriminator: <property>` to the type it extends, or remove `discriminator-value`",

    /// A type that extends a discriminated one without saying which value stands for it.
    MissingDiscriminatorValue { name: String, base: String, discriminator: String } => InvalidInheritance,
    message: format!("type `{name}` extends `{base}`, whose `{discriminator}` tells its derived types apart, but has no `discriminator-value`"),
    help: format!("add `discriminator-value: <the {discriminator} of a {name}>`"),

    /// Two types derived from one base with the same discriminator value.
    DiscriminatorValueTwice { value: String, base: String, other: Location } => InvalidInheritance,
    message: format!("discriminator value `{value}` of `{base}` stands for two types"),
    help: format!("the other one is at {other}; give each derived type a value of its own"),

    /// A property a type inherits, declared again.
    InheritedPropertyRedeclared { property: String, base: String } => InvalidInheritance,
    message: format!("property `{property}` is inherited from `{base}`, and declared again"),
    help: "remove the property here (a discriminator is set with `discriminator-value`), or rename it",

    /// A discriminator property declared with a type that is not a string.
    DiscriminatorNotAString { property: String, ty: String } => InvalidInheritance,
    message: format!("discriminator property `{property}` is of type `{ty}`, not a string"),
    help: "declare it as `string`, or as an enumeration of strings",

    /// A discriminator value that the discriminator's enumeration does not list.
    DiscriminatorValueNotListed { value: String, enumeration: String, allowed: Vec<String> } => InvalidInheritance,
    message: format!("discriminator value `{value}` is not a value of `{enumeration}`"),
    help: {
        let list = format!("its values are: {}", allowed.join(", "));
        suggest(value, allowed.iter().map(String::as_str), &format!("; {list}"), list)
    },
}
