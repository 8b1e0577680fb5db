use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// cal.com's success envelope: `{"status":"success","data":…}`.
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ApiSuccess<T> {
    #[tsify(type = "\"success\"")]
    pub status: String,
    pub data: T,
}

/// cal.com's error envelope (400 validation errors carry `details.errors`).
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ApiError {
    #[tsify(type = "\"error\"")]
    pub status: String,
    /// ISO 8601.
    pub timestamp: String,
    pub path: String,
    pub error: ApiErrorDetail,
}

/// The `error` member of [`ApiError`].
#[derive(Tsify, Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ApiErrorDetail {
    /// e.g. `BadRequestException`, `UnauthorizedException`.
    pub code: String,
    pub message: String,
    /// class-validator's errors: `{ errors: [{ property, value?, children, constraints }] }`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(
        optional,
        type = "{ errors: { property: string; value?: unknown; children: unknown[]; constraints: Record<string, string> }[] }"
    )]
    pub details: Option<CalDetails>,
}

/// `details` of a 400 body.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CalDetails {
    pub errors: Vec<CalValidationError>,
}

/// One class-validator error.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CalValidationError {
    pub property: String,
    #[serde(default)]
    pub children: Vec<CalValidationError>,
    pub constraints: std::collections::BTreeMap<String, String>,
}
