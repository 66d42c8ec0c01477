namespace Posyandu.Social.Features.LeftOut;

/// <summary>One vulnerability signal of a household: what, from which sector, since when, and what it weighs.</summary>
/// <param name="Kind">stunted, wasted, rtlh, outOfSchool, disability or neglectedElderly.</param>
/// <param name="Source">The module that knows it: health, housing, education or social.</param>
/// <param name="ResidentId">The child the signal is about (Health's and Education's signals); never given for disability or elderly (personal data of this module).</param>
public sealed record Signal(string Kind, string Source, DateOnly ObservedOn, int Weight, Guid? ResidentId);

/// <summary>A household factor that adds to the score (bottomDecile, notInDtsen).</summary>
public sealed record Factor(string Kind, int Weight);

/// <summary>
/// A household with at least one signal, its score (the sum of the weights shown, so anyone can recompute it) and
/// whether it receives any assistance today.
/// </summary>
public sealed record LeftOutHousehold(
    Guid HouseholdId, Guid PosyanduId, string RegionCode, int Score, IReadOnlyList<Signal> Signals, IReadOnlyList<Factor> Factors, bool? InDtsen, int? Decile,
    DateOnly? DtsenCheckedOn, bool Assisted, IReadOnlyList<string> ProgrammesToday, DateOnly? LastAssistanceEndedOn, bool ProposalPending);

/// <summary>
/// "Who is left out": households with a vulnerability signal and no assistance today. Health's, Housing's and
/// Education's signals come only from their integration events (Domain/Signals.cs); disability and neglected elderly
/// from this module's own register. An assistance that ended before today does not answer a signal, whenever the
/// signal came. Weights are data (catalogue.json, <c>leftOut</c>).
/// </summary>
internal static class LeftOutEngine
{
    public const string NeglectedElderlyType = "lanjut-usia-terlantar";

    /// <summary>Every household of the Posyandu or region (visible to the caller) that has a signal, assisted or not, highest score first.</summary>
    public static async Task<List<LeftOutHousehold>> EvaluateAsync(SocialDbContext db, Guid? posyanduId, string? regionPrefix, DateOnly today, CancellationToken ct)
    {
        var weights = SocialCatalogue.Current.LeftOut;
        var households = await Scope(db.Households.AsNoTracking(), h => h.PosyanduId, h => h.RegionCode, posyanduId, regionPrefix).ToListAsync(ct);
        var residents = await Scope(db.Residents.AsNoTracking(), r => r.PosyanduId, r => r.RegionCode, posyanduId, regionPrefix)
            .Where(r => r.Alive).Select(r => new { r.ResidentId, r.HouseholdId }).ToListAsync(ct);
        var householdOf = residents.ToDictionary(r => r.ResidentId, r => r.HouseholdId);
        var signals = new List<(Guid Household, Signal Signal)>();

        foreach (var child in await Scope(db.ChildGrowthSignals.AsNoTracking(), s => s.PosyanduId, s => s.RegionCode, posyanduId, regionPrefix)
                     .Where(s => s.Stunted || s.Wasted).ToListAsync(ct))
        {
            if (householdOf.TryGetValue(child.ResidentId, out var household))
            {
                if (child.Stunted) signals.Add((household, new Signal("stunted", "health", child.MeasuredOn, weights.Signal("stunted"), child.ResidentId)));
                if (child.Wasted) signals.Add((household, new Signal("wasted", "health", child.MeasuredOn, weights.Signal("wasted"), child.ResidentId)));
            }
        }

        foreach (var school in await Scope(db.OutOfSchoolSignals.AsNoTracking(), s => s.PosyanduId, s => s.RegionCode, posyanduId, regionPrefix)
                     .Where(s => s.ResolvedOn == null).ToListAsync(ct))
        {
            if (householdOf.TryGetValue(school.ResidentId, out var household))
            {
                signals.Add((household, new Signal("outOfSchool", "education", school.IdentifiedOn, weights.Signal("outOfSchool"), school.ResidentId)));
            }
        }

        foreach (var house in (await Scope(db.HouseSignals.AsNoTracking(), s => s.PosyanduId, s => s.RegionCode, posyanduId, regionPrefix).ToListAsync(ct))
                 .Where(h => h.RtlhNow))
        {
            signals.Add((house.HouseholdId, new Signal("rtlh", "housing", house.AssessedOn, weights.Signal("rtlh"), null)));
        }

        foreach (var person in (await Scope(db.Disabilities.AsNoTracking(), d => d.PosyanduId, d => d.RegionCode, posyanduId, regionPrefix)
                     .Where(d => d.AssessedOn <= today).ToListAsync(ct)).GroupBy(d => d.ResidentId))
        {
            if (householdOf.TryGetValue(person.Key, out var household))
            {
                signals.Add((household, new Signal("disability", "social", person.Min(d => d.AssessedOn), weights.Signal("disability"), null)));
            }
        }

        foreach (var elderly in await Scope(db.PpksCases.AsNoTracking(), c => c.PosyanduId, c => c.RegionCode, posyanduId, regionPrefix)
                     .Where(c => c.Type == NeglectedElderlyType && c.Status != PpksStatus.Closed && c.ResidentId != null).ToListAsync(ct))
        {
            if (householdOf.TryGetValue(elderly.ResidentId!.Value, out var household))
            {
                signals.Add((household, new Signal("neglectedElderly", "social", elderly.IdentifiedOn, weights.Signal("neglectedElderly"), null)));
            }
        }

        var byHousehold = signals.ToLookup(s => s.Household, s => s.Signal);
        var withSignals = households.Where(h => byHousehold[h.HouseholdId].Any()).ToList();
        var ids = withSignals.Select(h => h.HouseholdId).ToHashSet();
        var assistance = (await Scope(db.Assistance.AsNoTracking(), a => a.PosyanduId, a => a.RegionCode, posyanduId, regionPrefix).ToListAsync(ct))
            .Where(a => ids.Contains(a.HouseholdId)).ToLookup(a => a.HouseholdId);
        var checks = (await Scope(db.DtsenChecks.AsNoTracking(), c => c.PosyanduId, c => c.RegionCode, posyanduId, regionPrefix).ToListAsync(ct))
            .Where(c => ids.Contains(c.HouseholdId)).ToLookup(c => c.HouseholdId);
        var pending = (await Scope(db.Proposals.AsNoTracking(), p => p.PosyanduId, p => p.RegionCode, posyanduId, regionPrefix)
            .Where(p => p.Outcome == null).Select(p => p.HouseholdId).ToListAsync(ct)).ToHashSet();

        return withSignals.Select(h =>
            {
                var own = byHousehold[h.HouseholdId].OrderByDescending(s => s.Weight).ThenBy(s => s.ObservedOn).ToList();
                var latest = checks[h.HouseholdId].Where(c => c.CheckedOn <= today).MaxBy(c => (c.CheckedOn, c.RecordedAt));
                var factors = new List<Factor>();
                if (latest is { InDtsen: false })
                {
                    factors.Add(new Factor("notInDtsen", weights.Factor("notInDtsen")));
                }
                else if (latest is { InDtsen: true, Decile: { } decile } && decile <= weights.BottomDecileMax)
                {
                    factors.Add(new Factor("bottomDecile", weights.Factor("bottomDecile")));
                }

                var received = assistance[h.HouseholdId].ToList();
                var todays = received.Where(a => a.ActiveOn(today)).Select(a => a.Programme).Distinct().Order(StringComparer.Ordinal).ToList();
                var lastEnded = received.Where(a => a.EndedOn < today).Max(a => a.EndedOn);
                return new LeftOutHousehold(
                    h.HouseholdId, h.PosyanduId, h.RegionCode, own.Sum(s => s.Weight) + factors.Sum(f => f.Weight), own, factors,
                    latest?.InDtsen, latest?.Decile, latest?.CheckedOn, todays.Count > 0, todays, lastEnded, pending.Contains(h.HouseholdId));
            })
            .OrderByDescending(h => h.Score).ThenBy(h => h.Signals.Min(s => s.ObservedOn)).ThenBy(h => h.HouseholdId)
            .ToList();
    }

    private static IQueryable<T> Scope<T>(
        IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, Guid>> posyandu, System.Linq.Expressions.Expression<Func<T, string>> region,
        Guid? posyanduId, string? regionPrefix)
    {
        if (posyanduId is { } id)
        {
            var parameter = posyandu.Parameters[0];
            var equals = System.Linq.Expressions.Expression.Equal(posyandu.Body, System.Linq.Expressions.Expression.Constant(id));
            return rows.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(equals, parameter));
        }

        if (regionPrefix is { } prefix)
        {
            var parameter = region.Parameters[0];
            var starts = System.Linq.Expressions.Expression.Call(region.Body, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!,
                System.Linq.Expressions.Expression.Constant(prefix));
            return rows.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(starts, parameter));
        }

        return rows;
    }
}
