using System.Globalization;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// Nomor Induk Kependudukan: 16 digits — district code PPKKCC, birth date DDMMYY (day + 40 for women), serial
/// 0001–9999. There is no check digit, so validation can only reject what cannot be a NIK and check it against the
/// stated birth date and sex (<see cref="IsConsistentWith"/>). The century is not encoded, so a date is accepted when
/// it exists in 19YY or 20YY.
/// </summary>
/// <remarks>
/// Personal data: never log it. <see cref="ToString"/> gives the full number for storage and matching only; show
/// <see cref="Masked"/> on screen. Error messages never echo the number.
/// </remarks>
[JsonConverter(typeof(TextValueJsonConverter<Nik>))]
public readonly record struct Nik : ITextValue<Nik>
{
    private const int FemaleDayOffset = 40;

    private readonly string _value;

    private Nik(string value) => _value = value;

    /// <summary>The district (kecamatan) of first registration, PP.KK.CC.</summary>
    public RegionCode DistrictCode => RegionCode.FromCompact(Value[..6]);

    /// <summary>Dukcapil adds 40 to the day of birth for women; that offset is the only place the NIK records sex.</summary>
    public Sex Sex => EncodedDay > FemaleDayOffset ? Sex.Female : Sex.Male;

    /// <summary>Day of birth, 1–31 (without the +40).</summary>
    public int BirthDay => EncodedDay > FemaleDayOffset ? EncodedDay - FemaleDayOffset : EncodedDay;

    public int BirthMonth => Digits(8);

    /// <summary>The year without its century (00–99): the NIK does not say which century.</summary>
    public int BirthYearTwoDigits => Digits(10);

    /// <summary>For display where the full NIK must not show: the regency only, "6402************".</summary>
    public string Masked => IdentityNumbers.Mask(Value);

    private int EncodedDay => Digits(6);

    private string Value => _value ?? throw new InvalidOperationException("This is default(Nik), not a parsed NIK.");

    /// <summary>True when the NIK encodes <paramref name="birthDate"/> (day, month, two-digit year) and <paramref name="sex"/>.</summary>
    public bool IsConsistentWith(DateOnly birthDate, Sex sex) =>
        Sex == sex && BirthDay == birthDate.Day && BirthMonth == birthDate.Month && BirthYearTwoDigits == birthDate.Year % 100;

    /// <summary>The 16 digits. Personal data: store and compare it, never log or display it (use <see cref="Masked"/>).</summary>
    public override string ToString() => _value ?? "";

    /// <exception cref="FormatException">The text is not a NIK; the message says which rule it breaks.</exception>
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

        nik = new Nik(text!);
        return true;
    }

    private static string? CheckDate(string text)
    {
        var day = Digits(text, 6);
        var month = Digits(text, 8);
        var year = Digits(text, 10);
        if (day is < 1 or > 71 || day is > 31 and <= FemaleDayOffset)
        {
            return "NIK digits 7–8 must be the day of birth: 01–31, or 41–71 for women.";
        }

        if (month is < 1 or > 12)
        {
            return "NIK digits 9–10 must be the month of birth: 01–12.";
        }

        // The century is not encoded: the day must exist in 19YY or in 20YY (29 February needs a leap year).
        var plainDay = day > FemaleDayOffset ? day - FemaleDayOffset : day;
        if (plainDay > DateTime.DaysInMonth(1900 + year, month) && plainDay > DateTime.DaysInMonth(2000 + year, month))
        {
            return "NIK digits 7–12 are not a real date of birth (DDMMYY; that day does not exist in that month).";
        }

        return null;
    }

    private int Digits(int start) => Digits(Value, start);

    private static int Digits(string text, int start) => int.Parse(text.AsSpan(start, 2), CultureInfo.InvariantCulture);
}
