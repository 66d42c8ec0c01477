using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Housing.Contracts;

// Facts for the DPMD report about rumah tidak layak huni (RTLH) and its rehabilitation (bedah rumah / BSPS).
// Ids, region codes, dates and facts only: no names, no NIK or KK number, no free-text notes.
// Reasons are the codes of RtlhReasons; programmes the codes of RehabilitationProgrammes.

/// <summary>Codes of the programmes (funding sources) a rehabilitation runs under, as the events carry them.</summary>
public static class RehabilitationProgrammes
{
    /// <summary>Bantuan Stimulan Perumahan Swadaya of the Kementerian PUPR (APBN).</summary>
    public const string BspsApbn = "bspsApbn";

    /// <summary>The provincial budget (APBD Provinsi Kalimantan Timur).</summary>
    public const string ApbdProvinsi = "apbdProvinsi";

    /// <summary>The regency or city budget (APBD Kabupaten/Kota).</summary>
    public const string ApbdKabupaten = "apbdKabupaten";

    /// <summary>The village fund (Dana Desa).</summary>
    public const string DanaDesa = "danaDesa";

    /// <summary>A company's corporate social responsibility programme.</summary>
    public const string Csr = "csr";

    /// <summary>Badan Amil Zakat Nasional (or its regional office).</summary>
    public const string Baznas = "baznas";

    /// <summary>The household's own means and gotong royong.</summary>
    public const string Swadaya = "swadaya";
}

/// <summary>
/// A household's house was assessed against the RTLH criteria. A later assessment (by <paramref name="AssessedOn"/>)
/// supersedes an earlier one; one recorded late, with an earlier date, only fills in the history.
/// </summary>
/// <param name="Reasons">Why the house is RTLH (codes of <see cref="RtlhReasons"/>); empty when it is not.</param>
/// <param name="Period">The month of the assessment, <c>yyyy-MM</c>.</param>
/// <param name="RecordedAt">When Housing recorded it (UTC): of two assessments on one day, the later recorded is in force (then the greater id).</param>
public sealed record HouseAssessed(
    Guid AssessmentId, Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly AssessedOn, bool IsRtlh,
    IReadOnlyList<string> Reasons, string Period, DateTime RecordedAt) : IIntegrationEvent;

/// <summary>The rehabilitation of an RTLH house started, under a programme and with a planned budget.</summary>
/// <param name="AssessmentId">The RTLH assessment the rehabilitation answers.</param>
/// <param name="PlannedBudgetRupiah">Whole rupiah.</param>
/// <param name="Period">The month it started, <c>yyyy-MM</c>.</param>
public sealed record RehabilitationStarted(
    Guid RehabilitationId, Guid HouseholdId, Guid PosyanduId, string RegionCode, Guid AssessmentId, DateOnly StartedOn,
    string Programme, long PlannedBudgetRupiah, string Period) : IIntegrationEvent;

/// <summary>The works are finished: from <paramref name="CompletedOn"/> the house no longer counts as RTLH (until a later assessment says so).</summary>
/// <param name="FinalCostRupiah">Whole rupiah.</param>
/// <param name="Period">The month of completion, <c>yyyy-MM</c>.</param>
public sealed record RehabilitationCompleted(
    Guid RehabilitationId, Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly StartedOn, DateOnly CompletedOn,
    string Programme, long FinalCostRupiah, string Period) : IIntegrationEvent;

/// <summary>A rehabilitation was called off before completion; the house stays RTLH.</summary>
/// <param name="Period">The month of cancellation, <c>yyyy-MM</c>.</param>
public sealed record RehabilitationCancelled(
    Guid RehabilitationId, Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly StartedOn, DateOnly CancelledOn,
    string Programme, string Period) : IIntegrationEvent;
