//! A tiny crate for trying go-no-go: `npm run example` runs its checklist.

/// Splits a release version such as `1.4.2` into its numbers.
pub fn parse_version(text: &str) -> Option<(u32, u32, u32)> {
    let mut parts = text.trim().split('.').map(|part| part.parse::<u32>().ok());
    let version = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    Some(version)
}

#[cfg(test)]
mod tests {
    use super::parse_version;

    #[test]
    fn reads_three_numbers() {
        assert_eq!(parse_version("1.4.2"), Some((1, 4, 2)));
    }

    #[test]
    fn refuses_a_fourth_number() {
        assert_eq!(parse_version("1.4.2.9"), None);
    }

    #[test]
    fn refuses_words() {
        assert_eq!(parse_version("one.two.three"), None);
    }
}
