using Posyandu.SharedKernel.Messaging;

namespace Posyandu.PublicWorks.Contracts;

// Facts of Dinas PU for DPMD and for the sectors that act on them (safe water and sanitation drive stunting: Health and
// Social may consume them). Ids, region codes, dates and codes only: no names, no NIK or KK number, no free text.

/// <summary>
/// A household's water and sanitation were surveyed. A later survey (by <paramref name="SurveyedOn"/>, then
/// <paramref name="RecordedAt"/>) supersedes an earlier one; one recorded late with an earlier date only fills in the history.
/// </summary>
/// <param name="WaterLayak">Drinking water layak (Permen PUPR 29/2018): layak source, ≥ 60 L per person per day, ≤ 30 minutes.</param>
/// <param name="WaterReasons">Codes of <see cref="Contracts.WaterReasons"/>; empty when layak.</param>
/// <param name="SanitationRung">The JMP sanitation ladder: <c>safelyManaged</c>, <c>basic</c>, <c>limited</c>, <c>unimproved</c>, <c>openDefecation</c>.</param>
/// <param name="SanitationLayak">At least basic (safely managed or basic).</param>
/// <param name="SanitationReasons">Codes of <see cref="Contracts.SanitationReasons"/>; empty when layak.</param>
/// <param name="StbmPillarsMet">Codes of <see cref="StbmPillars"/> the household meets.</param>
/// <param name="Period">The month of the survey, <c>yyyy-MM</c>.</param>
public sealed record HouseholdWaterSanitationSurveyed(
    Guid SurveyId, Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly SurveyedOn,
    bool WaterLayak, IReadOnlyList<string> WaterReasons, string SanitationRung, bool SanitationLayak,
    IReadOnlyList<string> SanitationReasons, bool OpenDefecation, IReadOnlyList<string> StbmPillarsMet,
    string Period, DateTime RecordedAt) : IIntegrationEvent;

/// <summary>
/// A community infrastructure problem was reported to Dinas PU (a service request of <paramref name="Type"/>), with
/// where it is and how severe. The reporter is not in it: kept confidential to the OPD and the village.
/// </summary>
/// <param name="Severity"><c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c>.</param>
public sealed record InfrastructureReported(
    Guid RequestId, string Type, Guid PosyanduId, string RegionCode, double Latitude, double Longitude, string Severity,
    DateTime ReportedAt) : IIntegrationEvent;
