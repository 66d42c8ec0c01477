namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// Rules NIK and KK numbers share: 16 ASCII digits opening with the Dukcapil district code PPKKCC. Messages never
/// repeat the number, because it is personal data and API errors end up in logs.
/// </summary>
internal static class IdentityNumbers
{
    public const int Length = 16;

    public static string? CheckSixteenDigits(string? text, string what)
    {
        if (string.IsNullOrEmpty(text))
        {
            return $"{what} is required.";
        }

        if (text.Length != Length || !text.All(char.IsAsciiDigit))
        {
            return $"{what} must be exactly 16 digits (0–9 only, no spaces or punctuation).";
        }

        // Province codes run from 11 (Aceh) to 9x (Papua); nothing starts 0x or 10.
        if (string.CompareOrdinal(text, 0, "11", 0, 2) < 0)
        {
            return $"{what} must start with a province code (11–99).";
        }

        if (text[2..4] == "00" || text[4..6] == "00")
        {
            return $"{what} digits 1–6 must be a district code: the regency and district parts cannot be 00.";
        }

        return text[12..] == "0000" ? $"{what} serial (last 4 digits) cannot be 0000." : null;
    }

    /// <summary>
    /// The first 4 digits (the regency of first registration) and nothing else. The rest is derivable or the secret:
    /// a NIK's digits 7–12 are the birth date (+40 for women), shown elsewhere, and 13–16 a serial — showing any
    /// serial digit next to the birth date and sex left the whole number a few guesses away (issue 21).
    /// </summary>
    public static string Mask(string value) => value[..4] + new string('*', Length - 4);
}
