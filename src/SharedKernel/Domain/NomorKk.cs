using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// Nomor Kartu Keluarga: 16 digits — the district code PPKKCC where the family card was issued, then a number
/// whose last 4 digits (the serial) are not 0000. Like the NIK it has no check digit, so only its shape is checked.
/// </summary>
/// <remarks>Personal data: never log <see cref="ToString"/>; show <see cref="Masked"/>. Error messages never echo the number.</remarks>
[JsonConverter(typeof(TextValueJsonConverter<NomorKk>))]
public readonly record struct NomorKk : ITextValue<NomorKk>
{
    private readonly string _value;

    private NomorKk(string value) => _value = value;

    /// <summary>The district (kecamatan) that issued the card, PP.KK.CC.</summary>
    public RegionCode DistrictCode => RegionCode.FromCompact(Value[..6]);

    /// <summary>For display where the full number must not show, e.g. "6402**********01".</summary>
    public string Masked => IdentityNumbers.Mask(Value);

    private string Value => _value ?? throw new InvalidOperationException("This is default(NomorKk), not a parsed KK number.");

    /// <summary>The 16 digits, for storage and matching only.</summary>
    public override string ToString() => _value ?? "";

    /// <exception cref="FormatException">The text is not a KK number; the message says which rule it breaks.</exception>
    public static NomorKk Parse(string text) =>
        TryParse(text, out var kk, out var error) ? kk : throw new FormatException(error);

    public static bool TryParse(string? text, out NomorKk kk, out string? error)
    {
        kk = default;
        error = IdentityNumbers.CheckSixteenDigits(text, "KK number");
        if (error is not null)
        {
            return false;
        }

        kk = new NomorKk(text!);
        return true;
    }
}
