using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

public enum RegionLevel
{
    Province = 1,
    Regency = 2,
    District = 3,
    Village = 4,
}

/// <summary>
/// A Kemendagri region code with dots: <c>PP</c> province, <c>PP.KK</c> regency/city, <c>PP.KK.CC</c> district
/// (kecamatan), <c>PP.KK.CC.DDDD</c> village (desa/kelurahan). Text, because leading zeros matter. Segments have a
/// fixed width, so "a code starts with 64.02" is exactly "it lies in Kabupaten Kutai Kartanegara" — region scopes
/// and roll-ups rely on that.
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
    public RegionCode? Parent => Level == RegionLevel.Province
        ? null
        : new RegionCode(_value[.._value.LastIndexOf('.')], Level - 1);

    /// <summary>A regency whose second segment is 71–99 is a Kota; 01–69 a Kabupaten.</summary>
    public bool IsKota => Level >= RegionLevel.Regency && int.Parse(_value.AsSpan(3, 2), CultureInfo.InvariantCulture) >= 71;

    /// <summary>A village whose fourth segment starts with 1 is a kelurahan; with 2, a desa.</summary>
    public bool IsKelurahan => Level == RegionLevel.Village && _value[9] == '1';

    /// <summary>True when <paramref name="other"/> lies strictly inside this region.</summary>
    public bool IsAncestorOf(RegionCode other) =>
        other.Level > Level && other._value.StartsWith(_value + ".", StringComparison.Ordinal);

    public bool IsSameOrAncestorOf(RegionCode other) => other == this || IsAncestorOf(other);

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

    public override string ToString() => _value ?? "";

    public static RegionCode Parse(string value) =>
        TryParse(value, out var code, out var error) ? code : throw new FormatException(error);

    public static bool TryParse(string? value, out RegionCode code, out string? error)
    {
        code = default;
        if (string.IsNullOrEmpty(value))
        {
            error = "A region code is required (Kemendagri code such as 64.02.01.2001).";
            return false;
        }

        var segments = value.Split('.');
        if (segments.Length > SegmentWidths.Length)
        {
            error = $"'{value}' has more than four segments; a Kemendagri code is PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD.";
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length != SegmentWidths[i] || !segment.All(char.IsAsciiDigit))
            {
                error = $"'{value}' is not a Kemendagri region code: segment {i + 1} must be {SegmentWidths[i]} digits (PP.KK.CC.DDDD).";
                return false;
            }

            if (segment.All(c => c == '0'))
            {
                error = $"'{value}' is not a Kemendagri region code: segment {i + 1} cannot be all zeros.";
                return false;
            }
        }

        code = new RegionCode(value, (RegionLevel)segments.Length);
        error = null;
        return true;
    }

    /// <summary>From digits without dots (2, 4, 6 or 10 digits), as in the first 6 digits of a NIK.</summary>
    public static RegionCode FromCompact(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var parts = new List<string>();
        var offset = 0;
        foreach (var width in SegmentWidths)
        {
            if (offset == digits.Length)
            {
                break;
            }

            if (offset + width > digits.Length)
            {
                throw new FormatException($"'{digits}' is not a compact region code (2, 4, 6 or 10 digits).");
            }

            parts.Add(digits.Substring(offset, width));
            offset += width;
        }

        if (offset != digits.Length)
        {
            throw new FormatException($"'{digits}' is not a compact region code (2, 4, 6 or 10 digits).");
        }

        return Parse(string.Join('.', parts));
    }
}
