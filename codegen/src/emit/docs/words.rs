//! The localized words of the documentation.

use crate::model::Scalar;

/// Localized words of the documentation: headings, table headers, data-type names.
#[derive(Debug)]
pub struct Words {
    /// "Name"
    pub name: &'static str,
    /// "Description"
    pub description: &'static str,
    /// "Data type"
    pub data_type: &'static str,
    /// "Value"
    pub value: &'static str,
    /// "Code"
    pub code: &'static str,
    /// "URI parameters"
    pub uri_parameters: &'static str,
    /// "Header"
    pub header: &'static str,
    /// "Body example"
    pub body_example: &'static str,
    /// "Request"
    pub request: &'static str,
    /// "Request body properties"
    pub request_body_properties: &'static str,
    /// "Response"
    pub response: &'static str,
    /// "Response body properties"
    pub response_body_properties: &'static str,
    /// "Response header"
    pub response_header: &'static str,
    /// "Response status codes"
    pub status_codes: &'static str,
    /// "Operations"
    pub operations: &'static str,
    /// "Types"
    pub types: &'static str,
    /// "Request bodies"
    pub request_bodies: &'static str,
    /// "Authentication"
    pub authentication: &'static str,
    /// "Example"
    pub example: &'static str,
    /// "optional", of a parameter or header that may be left out.
    pub optional: &'static str,
    /// What a `generated: uuid` header sends when the caller gives none.
    pub generated_uuid: &'static str,
    /// "Default", before the value a server assumes.
    pub default: &'static str,
    /// "List of {}"
    pub list: &'static str,
    /// "Map of {}"
    pub map: &'static str,
    /// "{} or null", of a `nullable<T>`.
    pub nullable: &'static str,
    /// "length" and "elements", of the bounds of a string's length and of a list.
    pub bounded: [&'static str; 2],
    /// "read-only", after the data type of a member that is never sent.
    pub read_only: &'static str,
    /// "Required", the heading of the column that says whether a member is always present.
    pub required: &'static str,
    /// "Yes" and "No", in the required column.
    pub yes_no: [&'static str; 2],
    /// "Body", the heading of the column of a status row's body type.
    pub body: &'static str,
    /// "Long-running operation", the heading of how an operation that runs on is followed.
    pub long_running: &'static str,
    /// How a long-running row is followed: `{code}`, `{location}`, `{status}` (a link to the
    /// status operation), `{property}` and `{succeeded}`, `{failed}`, `{canceled}`.
    pub long_running_follow: &'static str,
    /// ", canceled ({})", the canceled states when there are any.
    pub long_running_canceled: &'static str,
    /// " Cancel it with {}.", the link to the cancel operation.
    pub long_running_cancel: &'static str,
    /// How a union without a discriminator is read, under its table of variants.
    pub union_reading: &'static str,
    /// "Other values are kept as sent.", under the variants of a discriminated union.
    pub union_other: &'static str,
    /// "Object", the data type of an inline object.
    pub object: &'static str,
    /// "Additional properties", before the data type of the members an object does not
    /// declare.
    pub additional_properties: &'static str,
    /// The data-type names of the scalars, in the order of [`Scalar::ALL`].
    pub scalars: [&'static str; 26],
    /// The data-type names of the encoded scalars, in the order of [`Scalar::ENCODINGS`].
    pub encoded: [&'static str; 24],
}

impl Words {
    /// The words of `locale`; English for a locale without its own words.
    pub fn of(locale: &str) -> &'static Words {
        match locale {
            "hu" => &HUNGARIAN,
            _ => &ENGLISH,
        }
    }

    /// The data-type name of a scalar.
    pub fn scalar(&self, scalar: Scalar) -> &'static str {
        let named = Scalar::ALL.iter().position(|(_, s)| *s == scalar);
        let encoded = || {
            Scalar::ENCODINGS
                .iter()
                .position(|(_, _, s)| *s == scalar)
                .map(|index| self.encoded[index])
        };
        named
            .map(|index| self.scalars[index])
            .or_else(encoded)
            .unwrap_or("")
    }
}

/// The headings and table headers of the English reference pages.
const ENGLISH: Words = Words {
    name: "Name",
    description: "Description",
    data_type: "Data type",
    value: "Value",
    code: "Code",
    uri_parameters: "URI parameters",
    header: "Header",
    body_example: "Body example",
    request: "Request",
    request_body_properties: "Request body properties",
    response: "Response",
    response_body_properties: "Response body properties",
    response_header: "Response header",
    status_codes: "Response status codes",
    operations: "Operations",
    types: "Types",
    request_bodies: "Request bodies",
    authentication: "Authentication",
    example: "Example",
    optional: "optional",
    generated_uuid: "a new random UUID when not given",
    default: "Default",
    list: "List of {}",
    map: "Map of {}",
    nullable: "{} or null",
    bounded: ["length", "elements"],
    read_only: "read-only",
    required: "Required",
    yes_no: ["Yes", "No"],
    body: "Body",
    long_running: "Long-running operation",
    long_running_follow: "A `{code}` answer starts an operation that runs on: read the URL of its `{location}` header with {status} until the body's `{property}` is a terminal state: succeeded ({succeeded}), failed ({failed}){canceled}. Wait for the server's `Retry-After` between reads when there is one.",
    long_running_canceled: ", canceled ({})",
    long_running_cancel: " Cancel it with {}.",
    union_reading: "One of these. A value is read as the first that holds it: the literal values first, then the types in this order.",
    union_other: "An object whose discriminator names none of these is kept as sent.",
    object: "Object",
    additional_properties: "Additional properties",
    scalars: [
        "String",
        "Date",
        "Date-time",
        "Time",
        "Date-time (no offset)",
        "GUID",
        "Integer",
        "Integer (8-bit)",
        "Integer (16-bit)",
        "Integer (32-bit)",
        "Unsigned integer (8-bit)",
        "Unsigned integer (16-bit)",
        "Unsigned integer (32-bit)",
        "Unsigned integer (64-bit)",
        "Safe integer",
        "Float (32-bit)",
        "Float (64-bit)",
        "Decimal",
        "Boolean",
        "URL",
        "Comma-separated e-mail addresses",
        "URL",
        "JSON",
        "HTTP date",
        "Bytes (base64)",
        "Duration (ISO 8601)",
    ],
    encoded: [
        "Bytes (base64)",
        "Bytes (base64url)",
        "Duration (ISO 8601)",
        "Duration (seconds)",
        "Duration (.NET TimeSpan)",
        "Duration (seconds, with a fraction)",
        "Duration (milliseconds)",
        "Duration (milliseconds, with a fraction)",
        "Date-time",
        "HTTP date",
        "Date-time (Unix timestamp)",
        "Integer, as a string",
        "Integer (8-bit), as a string",
        "Integer (16-bit), as a string",
        "Integer (32-bit), as a string",
        "Unsigned integer (8-bit), as a string",
        "Unsigned integer (16-bit), as a string",
        "Unsigned integer (32-bit), as a string",
        "Unsigned integer (64-bit), as a string",
        "Safe integer, as a string",
        "Float (32-bit), as a string",
        "Float (64-bit), as a string",
        "Decimal, as a string",
        "Boolean, as a string",
    ],
};

/// The headings and table headers of the Hungarian reference pages, as they word them
/// ("Name (Név)", "Törzs példa"); "String" as the Cancel page writes it.
const HUNGARIAN: Words = Words {
    name: "Name (Név)",
    description: "Leírás",
    data_type: "Adattípus",
    value: "Érték",
    code: "Kód",
    uri_parameters: "URI-paraméterek",
    header: "Fejléc",
    body_example: "Törzs példa",
    request: "Kérés",
    request_body_properties: "Kérelem törzse tulajdonságai",
    response: "Válasz",
    response_body_properties: "Válasz törzsében tulajdonságai",
    response_header: "Válaszfejléc",
    status_codes: "Állapotkódok",
    operations: "Műveletek",
    types: "Típusok",
    request_bodies: "Kérelemtörzsek",
    authentication: "Hitelesítés",
    example: "Példa",
    optional: "nem kötelező",
    generated_uuid: "ha nincs megadva, egy új véletlen UUID",
    default: "Alapértelmezett érték",
    list: "Lista ({})",
    map: "Leképezés ({})",
    nullable: "{} vagy null",
    bounded: ["hossz", "elem"],
    read_only: "csak olvasható",
    required: "Kötelező",
    yes_no: ["Igen", "Nem"],
    body: "Törzs",
    long_running: "Hosszan futó művelet",
    long_running_follow: "Egy `{code}` válasz tovább futó műveletet indít: a `{location}` fejléc URL-jét a(z) {status} művelettel kell olvasni, amíg a törzs `{property}` tulajdonsága végállapotba nem ér: sikeres ({succeeded}), sikertelen ({failed}){canceled}. Ha a kiszolgáló `Retry-After` fejlécet küld, az olvasások között annyit kell várni.",
    long_running_canceled: ", megszakított ({})",
    long_running_cancel: " Megszakítás: {}.",
    union_reading: "Ezek egyike. Egy értéket az első olyanként olvas be, amely tartalmazhatja: előbb a konkrét értékeket, majd a típusokat ebben a sorrendben.",
    union_other: "Az az objektum, amelynek megkülönböztetője ezek egyikét sem nevezi meg, változatlanul megmarad.",
    object: "Objektum",
    additional_properties: "További tulajdonságok",
    scalars: [
        "String",
        "Dátum",
        "Dátum és idő",
        "Időpont",
        "Dátum és idő (eltolás nélkül)",
        "GUID",
        "Egész szám",
        "Egész szám (8 bites)",
        "Egész szám (16 bites)",
        "Egész szám (32 bites)",
        "Előjel nélküli egész szám (8 bites)",
        "Előjel nélküli egész szám (16 bites)",
        "Előjel nélküli egész szám (32 bites)",
        "Előjel nélküli egész szám (64 bites)",
        "Biztonságos egész szám",
        "Lebegőpontos szám (32 bites)",
        "Lebegőpontos szám (64 bites)",
        "Decimális szám",
        "Logikai érték",
        "URL",
        "Vesszővel tagolt e-mail-címek",
        "URL",
        "JSON",
        "HTTP-dátum",
        "Bájtok (base64)",
        "Időtartam (ISO 8601)",
    ],
    encoded: [
        "Bájtok (base64)",
        "Bájtok (base64url)",
        "Időtartam (ISO 8601)",
        "Időtartam (másodperc)",
        "Időtartam (.NET TimeSpan)",
        "Időtartam (másodperc, törttel)",
        "Időtartam (ezredmásodperc)",
        "Időtartam (ezredmásodperc, törttel)",
        "Dátum és idő",
        "HTTP-dátum",
        "Dátum és idő (Unix-időbélyeg)",
        "Egész szám, szövegként",
        "Egész szám (8 bites), szövegként",
        "Egész szám (16 bites), szövegként",
        "Egész szám (32 bites), szövegként",
        "Előjel nélküli egész szám (8 bites), szövegként",
        "Előjel nélküli egész szám (16 bites), szövegként",
        "Előjel nélküli egész szám (32 bites), szövegként",
        "Előjel nélküli egész szám (64 bites), szövegként",
        "Biztonságos egész szám, szövegként",
        "Lebegőpontos szám (32 bites), szövegként",
        "Lebegőpontos szám (64 bites), szövegként",
        "Decimális szám, szövegként",
        "Logikai érték, szövegként",
    ],
};
