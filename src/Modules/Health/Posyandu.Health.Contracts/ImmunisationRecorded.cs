using Posyandu.SharedKernel.Messaging;

namespace Posyandu.Health.Contracts;

/// <summary>
/// A dose of the national immunisation schedule was recorded for a child. Carries what the DPMD report needs to count
/// doses and basic-immunisation coverage without calling Health — ids, region and facts, no name or NIK.
/// </summary>
/// <param name="Period">The month the dose was given, <c>yyyy-MM</c>.</param>
/// <param name="Antigen">The schedule's code: <c>hb0</c>, <c>bcg</c>, <c>opv</c>, <c>dpt-hb-hib</c>, <c>ipv</c>, <c>pcv</c>, <c>rv</c>, <c>mr</c>.</param>
/// <param name="AgeDays">The child's age in days on <paramref name="GivenOn"/>.</param>
/// <param name="CompletesBasicImmunisation">
/// True when this dose makes the child Imunisasi Dasar Lengkap (IDL) before the first birthday — at most one event per
/// child has it. A dose copied late from the Buku KIA can be the one that completes IDL, so the day of completion (the
/// latest IDL dose's date) is <paramref name="BasicImmunisationCompletedOn"/>, not necessarily <paramref name="GivenOn"/>.
/// </param>
/// <param name="BasicImmunisationCompletedOn">Set exactly when <paramref name="CompletesBasicImmunisation"/> is true.</param>
public sealed record ImmunisationRecorded(
    Guid DoseId, Guid ResidentId, Guid PosyanduId, string RegionCode, string Period, DateOnly GivenOn, string Antigen, int DoseNumber, int AgeDays,
    bool CompletesBasicImmunisation, DateOnly? BasicImmunisationCompletedOn) : IIntegrationEvent;
