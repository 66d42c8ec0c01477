using Posyandu.Health.Contracts;

namespace Posyandu.Reporting.Subscriptions;

/// <summary>
/// Doses given per antigen and month, and basic-immunisation coverage: a child counts as IDL-complete in the month
/// of their first birthday when Health says the dose completed IDL before it. The denominator — children turning one
/// that month — is the <c>health.idl_cohort</c> age band (populations.json), so children never vaccinated count too.
/// </summary>
internal sealed class ImmunisationProjection(FactWriter facts) : IIntegrationEventHandler<ImmunisationRecorded>
{
    public sealed record Dose(string Antigen);

    public sealed record Complete(DateOnly CompletedOn);

    public async Task HandleAsync(ImmunisationRecorded e, IntegrationEventContext context, CancellationToken ct)
    {
        var place = new Place(e.PosyanduId, RegionCode.Parse(e.RegionCode));
        await facts.ApplyAsync<Dose>("dose", e.DoseId, Period.Parse(e.Period), place, _ => new Dose(e.Antigen),
            d => [($"health.doses.{d.Antigen}", 1)], ct);
        if (e is { CompletesBasicImmunisation: true, BasicImmunisationCompletedOn: { } completedOn })
        {
            var firstBirthday = e.GivenOn.AddDays(-e.AgeDays).AddYears(1);
            await facts.ApplyAsync<Complete>("idl", e.ResidentId, Period.Of(firstBirthday), place, _ => new Complete(completedOn),
                _ => [("health.idl_complete", 1)], ct);
        }
    }
}
