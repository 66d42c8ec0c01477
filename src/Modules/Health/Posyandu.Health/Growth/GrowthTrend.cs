using System.Text.Json.Serialization;

namespace Posyandu.Health.Growth;

/// <summary>
/// How a weighing compares with last month's, as the kader writes it in the KMS/Buku KIA and counts it in SKDN
/// (the API writes the same capital letters).
/// </summary>
public enum GrowthTrend
{
    /// <summary>Naik: gained at least the KBM since last month's weighing.</summary>
    [JsonStringEnumMemberName("N")]
    N,

    /// <summary>Tidak naik: gained less than the KBM (or lost weight).</summary>
    [JsonStringEnumMemberName("T")]
    T,

    /// <summary>Baru: the child's first weighing.</summary>
    [JsonStringEnumMemberName("B")]
    B,

    /// <summary>Not weighed last month, so N/T cannot be judged (the "O" of SKDN reports).</summary>
    [JsonStringEnumMemberName("O")]
    O,
}
