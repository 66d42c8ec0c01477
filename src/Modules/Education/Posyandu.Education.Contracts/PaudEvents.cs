using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Education.Contracts;

// Facts for the DPMD report about early-childhood education (PAUD). Ids, region codes, dates and facts — no names,
// no NIK. Institution types are the codes of PaudInstitutionTypes.

/// <summary>Codes of early-childhood institutions, as the events carry them.</summary>
public static class PaudInstitutionTypes
{
    /// <summary>Taman Kanak-kanak (4–6 years).</summary>
    public const string Tk = "tk";

    /// <summary>Kelompok Bermain (2–6 years).</summary>
    public const string Kb = "kb";

    /// <summary>Taman Penitipan Anak (day care, 0–6 years).</summary>
    public const string Tpa = "tpa";

    /// <summary>Satuan PAUD Sejenis, including PAUD run at the Posyandu.</summary>
    public const string Sps = "sps";
}

/// <summary>A child started attending an early-childhood institution.</summary>
/// <param name="Period">The month the enrolment started, <c>yyyy-MM</c>.</param>
/// <param name="AgeMonths">The child's age in whole months on <paramref name="StartDate"/>.</param>
public sealed record PaudEnrolmentStarted(
    Guid EnrolmentId, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly StartDate, string InstitutionType,
    int AgeMonths, string Period) : IIntegrationEvent;

/// <summary>A child's enrolment ended: <paramref name="Status"/> is <c>completed</c> (e.g. moved on to SD) or <c>withdrawn</c>.</summary>
/// <param name="Period">The month the enrolment ended, <c>yyyy-MM</c>.</param>
public sealed record PaudEnrolmentEnded(
    Guid EnrolmentId, Guid ResidentId, Guid PosyanduId, string RegionCode, DateOnly StartDate, DateOnly EndDate, string InstitutionType,
    string Status, string Period) : IIntegrationEvent;
