using System.Globalization;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// A Kemendagri region code with dots: <c>PP</c> province, <c>PP.KK</c> regency/city, <c>PP.KK.CC</c> district
/// (kecamatan), <c>PP.KK.CC.DDDD</c> village (desa/kelurahan). Text, because leading zeros matter. Segments have a
/// fixed width and none is all zeros (Kemendagri never issues 00), so containment is a whole-segment prefix test —
/// region scopes and roll-ups rely on that. Only the dotted form is accepted, so a code cannot be read two ways;
/// <see cref="FromCompact"/> converts the undotted digits found at the start of a NIK or KK number.
/// </summary>
[JsonConverter(typeof(TextValueJsonConverter<RegionCode>))]
public readonly record struct RegionCode : ITextValue<RegionCode>
{
    private static readonly int[] SegmentWidths = [2, 2, 2, 4];

    private readonly string _value;

    private RegionCode(string value, RegionLevel level)
    {
        _value = value;
        Level = level;
    }

    public RegionLevel Level { get; }

    /// <summary>The region one level up, or null for a province.</summary>
    public RegionCode? Parent => Level <= RegionLevel.Province
        ? null
        : new RegionCode(_value[.._value.LastIndexOf('.')], Level - 1);

    /// <summary>
    /// Kemendagri numbers cities (kota) 71–99 and regencies (kabupaten) 01–69 within a province, so the second
    /// segment tells which a region belongs to. False for a province code.
    /// </summary>
    public bool IsKota => Level >= RegionLevel.Regency && int.Parse(_value.AsSpan(3, 2), CultureInfo.InvariantCulture) >= 71;

    /// <summary>A village numbered 1xxx is a kelurahan (urban, run by civil servants); 2xxx a desa. False above village level.</summary>
    public bool IsKelurahan => Level == RegionLevel.Village && _value[9] == '1';

    /// <summary>True when <paramref name="other"/> lies strictly inside this region (whole segments: 64.02 does not contain 64.20).</summary>
    public bool IsAncestorOf(RegionCode other) =>
        Level >= RegionLevel.Province && other.Level > Level && other._value.StartsWith(_value + ".", StringComparison.Ordinal);

    /// <summary>The scope check: a user scoped to this region may see <paramref name="other"/>.</summary>
    public bool IsSameOrAncestorOf(RegionCode other) => (Level >= RegionLevel.Province && other == this) || IsAncestorOf(other);

    /// <summary>The ancestor (or self) at <paramref name="level"/>; null when this code is above that level.</summary>
    public RegionCode? AtLevel(RegionLevel level)
    {
        RegionCode? code = this;
        while (code is { } c && c.Level > level)
        {
            code = c.Parent;
        }

        return code is { } found && found.Level == level ? found : null;
    }

    /// <summary>The dotted canonical form; empty for <c>default(RegionCode)</c>.</summary>
    public override string ToString() => _value ?? "";

    public static RegionCode Parse(string value) =>
        TryParse(value, out var code, out var error) ? code : throw new FormatException(error);

    public static bool TryParse(string? value, out RegionCode code, out string? error)
    {
        code = default;
        error = Check(value);
        if (error is not null)
        {
            return false;
        }

        code = new RegionCode(value!, (RegionLevel)(value!.Count(c => c == '.') + 1));
        return true;
    }

    /// <summary>From digits without dots (2, 4, 6 or 10 digits), as in the first 6 digits of a NIK.</summary>
    /// <exception cref="FormatException">Another length, a non-digit or an all-zero segment.</exception>
    public static RegionCode FromCompact(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var dotted = digits.Length switch
        {
            2 => digits,
            4 => $"{digits[..2]}.{digits[2..]}",
            6 => $"{digits[..2]}.{digits[2..4]}.{digits[4..]}",
            10 => $"{digits[..2]}.{digits[2..4]}.{digits[4..6]}.{digits[6..]}",
            _ => throw new FormatException($"'{digits}' is not a compact region code: it must be 2, 4, 6 or 10 digits."),
        };
        return Parse(dotted);
    }

    private static string? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "A region code is required (Kemendagri code such as 64.02.01.2001).";
        }

        var segments = value.Split('.');
        if (segments.Length > SegmentWidths.Length)
        {
            return $"'{value}' has more than four segments; a Kemendagri code is PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD.";
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length != SegmentWidths[i] || !segments[i].All(char.IsAsciiDigit))
            {
                return $"'{value}' is not a Kemendagri region code: segment {i + 1} must be {SegmentWidths[i]} digits (PP.KK.CC.DDDD).";
            }

            if (segments[i].All(c => c == '0'))
            {
                return $"'{value}' is not a Kemendagri region code: segment {i + 1} cannot be all zeros.";
            }
        }

        return null;
    }
}
