using System.Security.Cryptography;
using System.Text;

namespace Posyandu.Trantibumlinmas.Features.Spm;

/// <summary>
/// What an incident, a village and a poskamling contribute to the SPM data elements (scorecard sector "trantibumlinmas"):
/// <list type="bullet">
/// <item>an incident (<see cref="Incident"/>), in the month it happened (WITA): <c>trantibumlinmas.incidents</c> and
/// <c>trantibumlinmas.incidents.{group}</c>; once its first action came within the type's hours,
/// <c>trantibumlinmas.incidents_within_sla</c> (scorecard <c>trantib-kejadian</c>, <c>trantib-bencana</c> …, <c>trantib-sla</c>);</item>
/// <item>a village (<see cref="Village"/>): <c>trantibumlinmas.villages_with_hazards</c> from the month its first hazard was
/// recorded, and <c>trantibumlinmas.villages_informed</c> for the twelve months from each time hazard information was given
/// — the SPM's yearly "informasi rawan bencana", Permendagri 101/2018 (scorecard <c>trantib-informasi</c>);</item>
/// <item>a poskamling (<see cref="Post"/>): <c>trantibumlinmas.poskamling</c> from its first check, and
/// <c>trantibumlinmas.poskamling_active</c> in every month that ends with it aktif (scorecard <c>trantib-poskamling</c>).</item>
/// </list>
/// Never a reporter, a name or a free text: ids, codes, months. Published from the same SaveChanges as the change.
/// </summary>
internal static class TrantibumlinmasContributions
{
    public const string IncidentKind = "trantibumlinmas.incident";

    public const string Village = "trantibumlinmas.village";

    public const string Post = "trantibumlinmas.poskamling";

    /// <summary>How long hazard information counts as given: the SPM is reckoned per year.</summary>
    public const int InformedMonths = 12;

    public static SpmContribution OfIncident(Incident incident, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var month = Period.Of(time.LocalDate(incident.OccurredAt));
        var values = new List<SpmDataValue>
        {
            SpmDataValue.Monthly("trantibumlinmas.incidents", month),
            SpmDataValue.Monthly($"trantibumlinmas.incidents.{incident.Group}", month),
        };
        if (incident.HandledAt is not null && incident.HandledWithinSla)
        {
            values.Add(SpmDataValue.Monthly("trantibumlinmas.incidents_within_sla", month));
        }

        return new SpmContribution(IncidentKind, incident.Id, null, incident.PosyanduId, incident.RegionCode, values);
    }

    public static async Task ReportVillageAsync(this TrantibumlinmasDbContext db, string village, CancellationToken ct)
    {
        var hazards = db.Hazards.Local.Where(h => h.RegionCode == village).Select(h => h.FirstAssessedOn)
            .Concat(await db.Hazards.IgnoreQueryFilters().AsNoTracking().Where(h => h.RegionCode == village).Select(h => h.FirstAssessedOn).ToListAsync(ct))
            .ToList();
        var given = db.HazardInformation.Local.Where(h => h.RegionCode == village).Select(h => new { h.Id, h.GivenOn })
            .Concat(await db.HazardInformation.IgnoreQueryFilters().AsNoTracking().Where(h => h.RegionCode == village).Select(h => new { h.Id, h.GivenOn }).ToListAsync(ct))
            .DistinctBy(h => h.Id).Select(h => h.GivenOn).ToList();
        if (hazards.Count == 0)
        {
            return;
        }

        db.Report(OfVillage(village, await db.CountingPosyanduAsync(village, ct), hazards.Min(), given));
    }

    internal static SpmContribution OfVillage(string village, Guid posyandu, DateOnly firstHazard, IReadOnlyCollection<DateOnly> informationGiven)
    {
        var values = new List<SpmDataValue> { SpmDataValue.Span("trantibumlinmas.villages_with_hazards", Period.Of(firstHazard), null) };
        // Each time information is given the village counts as informed for twelve months; overlapping years merge.
        Period? from = null, until = null;
        foreach (var month in informationGiven.Select(Period.Of).Distinct().Order())
        {
            var end = month.AddMonths(InformedMonths);
            if (from is not null && month <= until!.Value)
            {
                until = end > until.Value ? end : until;
                continue;
            }

            if (from is { } f)
            {
                values.Add(SpmDataValue.Span("trantibumlinmas.villages_informed", f, until));
            }

            (from, until) = (month, end);
        }

        if (from is { } last)
        {
            values.Add(SpmDataValue.Span("trantibumlinmas.villages_informed", last, until));
        }

        return new SpmContribution(Village, SubjectOf(village), null, posyandu, village, values);
    }

    public static async Task ReportPoskamlingAsync(this TrantibumlinmasDbContext db, Poskamling post, CancellationToken ct)
    {
        var saved = await db.PoskamlingChecks.IgnoreQueryFilters().AsNoTracking().Where(c => c.PoskamlingId == post.Id).ToListAsync(ct);
        var checks = db.PoskamlingChecks.Local.Where(c => c.PoskamlingId == post.Id).Concat(saved).DistinctBy(c => c.Id).ToList();
        if (checks.Count > 0)
        {
            db.Report(OfPoskamling(post, await db.CountingPosyanduAsync(post.RegionCode, ct), checks));
        }
    }

    internal static SpmContribution OfPoskamling(Poskamling post, Guid posyandu, IReadOnlyList<PoskamlingCheck> checks)
    {
        var ordered = checks.OrderBy(c => c.CheckedOn).ThenBy(c => c.Id).ToList();
        var (first, last) = (Period.Of(ordered[0].CheckedOn), Period.Of(ordered[^1].CheckedOn));
        var values = new List<SpmDataValue> { SpmDataValue.Span("trantibumlinmas.poskamling", first, null) };
        Period? since = null;
        for (var month = first; month <= last; month = month.Next())
        {
            var end = month.LastDay;
            var active = ordered.Last(c => c.CheckedOn <= end).Status == PoskamlingStatus.Aktif;
            if (active && since is null)
            {
                since = month;
            }
            else if (!active && since is { } from)
            {
                values.Add(SpmDataValue.Span("trantibumlinmas.poskamling_active", from, month));
                since = null;
            }
        }

        if (since is { } open)
        {
            values.Add(SpmDataValue.Span("trantibumlinmas.poskamling_active", open, null));
        }

        return new SpmContribution(Post, post.Id, null, posyandu, post.RegionCode, values);
    }

    /// <summary>A village's subject id: derived from its code, so every contribution of the village replaces the last one.</summary>
    internal static Guid SubjectOf(string village) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"{Village}:{village}"))[..16]);
}
