using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// Nomor Induk Kependudukan: 16 digits — district code PPKKCC, birth date DDMMYY (day + 40 for women), serial
/// 0001–9999. There is no check digit, so validation rejects what cannot be a NIK and checks it against the
/// stated birth date and sex. Personal data: never log it (<see cref="ToString"/> gives the full number for
/// storage and matching; use <see cref="Masked"/> for display).
/// </summary>
[JsonConverter(typeof(TextValueJsonConverter<Nik>))]
public readonly record struct Nik : ITextValue<Nik>
{
    private readonly string _value;

    private Nik(string value) => _value = value;

    /// <summary>The district (kecamatan) of first registration, PP.KK.CC.</summary>
    public RegionCode DistrictCode => RegionCode.FromCompact(_value[..6]);

    public Sex Sex => Day > 40 ? Sex.Female : Sex.Male;

    /// <summary>Day of birth (without the +40).</summary>
    public int BirthDay => Day > 40 ? Day - 40 : Day;

    public int BirthMonth => Digits(8, 2);

    public int BirthYearTwoDigits => Digits(10, 2);

    /// <summary>First 4 and last 2 digits: enough to tell records apart on screen.</summary>
    public string Masked => _value[..4] + new string('*', 10) + _value[14..];

    private int Day => Digits(6, 2);

    /// <summary>True when the NIK's date part is <paramref name="birthDate"/> and its day offset matches <paramref name="sex"/>.</summary>
    public bool IsConsistentWith(DateOnly birthDate, Sex sex) =>
        Sex == sex && BirthDay == birthDate.Day && BirthMonth == birthDate.Month && BirthYearTwoDigits == birthDate.Year % 100;

    public override string ToString() => _value ?? "";

    public static Nik Parse(string text) =>
        TryParse(text, out var nik, out var error) ? nik : throw new FormatException(error);

    public static bool TryParse(string? text, out Nik nik, out string? error)
    {
        nik = default;
        error = IdentityNumbers.CheckSixteenDigits(text, "NIK") ?? CheckDate(text!);
        if (error is not null)
        {
            return false;
        }

        if (text![12..] == "0000")
        {
            error = "NIK serial (last 4 digits) cannot be 0000.";
            return false;
        }

        nik = new Nik(text);
        return true;
    }

    private static string? CheckDate(string text)
    {
        var day = int.Parse(text.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture);
        var year = int.Parse(text.AsSpan(10, 2), CultureInfo.InvariantCulture);
        var plainDay = day > 40 ? day - 40 : day;
        if (day is < 1 or > 71 || day is > 31 and < 41)
        {
            return "NIK digits 7–8 must be the day of birth: 01–31, or 41–71 for women.";
        }

        if (month is < 1 or > 12)
        {
            return "NIK digits 9–10 must be the month of birth: 01–12.";
        }

        // The century is not encoded: the day must exist in 19YY or in 20YY (29 February needs a leap year).
        if (plainDay > DateTime.DaysInMonth(1900 + year, month) && plainDay > DateTime.DaysInMonth(2000 + year, month))
        {
            return "NIK digits 7–12 are not a real date of birth.";
        }

        return null;
    }

    private int Digits(int start, int length) => int.Parse(_value.AsSpan(start, length), CultureInfo.InvariantCulture);
}

/// <summary>Nomor Kartu Keluarga: 16 digits — district code PPKKCC, then a number whose last 4 digits are not 0000.</summary>
[JsonConverter(typeof(TextValueJsonConverter<NomorKk>))]
public readonly record struct NomorKk : ITextValue<NomorKk>
{
    private readonly string _value;

    private NomorKk(string value) => _value = value;

    public RegionCode DistrictCode => RegionCode.FromCompact(_value[..6]);

    public string Masked => _value[..4] + new string('*', 10) + _value[14..];

    public override string ToString() => _value ?? "";

    public static NomorKk Parse(string text) =>
        TryParse(text, out var kk, out var error) ? kk : throw new FormatException(error);

    public static bool TryParse(string? text, out NomorKk kk, out string? error)
    {
        kk = default;
        error = IdentityNumbers.CheckSixteenDigits(text, "KK number");
        if (error is null && text![12..] == "0000")
        {
            error = "KK number serial (last 4 digits) cannot be 0000.";
        }

        if (error is not null)
        {
            return false;
        }

        kk = new NomorKk(text!);
        return true;
    }
}

internal static class IdentityNumbers
{
    /// <summary>Shared by NIK and KK: 16 ASCII digits starting with a real district code shape.</summary>
    public static string? CheckSixteenDigits(string? text, string what)
    {
        if (string.IsNullOrEmpty(text))
        {
            return $"{what} is required.";
        }

        if (text.Length != 16 || !text.All(char.IsAsciiDigit))
        {
            return $"{what} must be exactly 16 digits.";
        }

        if (string.CompareOrdinal(text, 0, "11", 0, 2) < 0)
        {
            return $"{what} must start with a province code (11–99).";
        }

        if (text[2..4] == "00" || text[4..6] == "00")
        {
            return $"{what} digits 1–6 must be a district code: the regency and district parts cannot be 00.";
        }

        return null;
    }
}
