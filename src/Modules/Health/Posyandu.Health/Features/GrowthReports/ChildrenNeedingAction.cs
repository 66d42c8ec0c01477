namespace Posyandu.Health.Features.GrowthReports;

/// <summary>
/// The worklist behind the numbers: children whose last visit of the month calls for action — 2T, BGM, gizi buruk,
/// LiLA below 11.5 cm (referral), stunted or wasted (counselling, PMT). A worklist for health staff and the
/// Posyandu's kader, so it names the child; never the NIK. At most <see cref="Limit"/> children; audited as one line
/// naming every child listed.
/// </summary>
public sealed record ChildrenNeedingAction(string? Region, string? Period) : IQuery<IReadOnlyList<ChildrenNeedingAction.Child>>
{
    public const int Limit = 5000;

    public sealed record Child(
        Guid ResidentId, string Name, DateOnly BirthDate, Guid PosyanduId, string RegionCode, DateOnly MeasuredOn, IReadOnlyList<string> Reasons);

    internal sealed class Handler(HealthDbContext db, ChildMonths children, ICurrentUser user, TimeProvider clock)
        : IRequestHandler<ChildrenNeedingAction, IReadOnlyList<Child>>
    {
        public async Task<IReadOnlyList<Child>> Handle(ChildrenNeedingAction request, CancellationToken cancellationToken)
        {
            var (region, period) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var needing = (await children.LoadAsync(region, period, cancellationToken))
                .Where(m => m.Visit is not null)
                .Select(m => (m.Visit!, Reasons: Reasons(m.Visit!)))
                .Where(m => m.Reasons.Count > 0)
                .ToList();
            var ids = needing.Select(n => n.Item1.ResidentId).ToList();
            var residents = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.ResidentId)).ToDictionaryAsync(r => r.ResidentId, cancellationToken);
            var list = needing
                .Where(n => residents.ContainsKey(n.Item1.ResidentId))
                .Select(n => new Child(n.Item1.ResidentId, residents[n.Item1.ResidentId].Name, residents[n.Item1.ResidentId].BirthDate,
                    n.Item1.PosyanduId, n.Item1.RegionCode, n.Item1.MeasuredOn, n.Reasons))
                .OrderBy(c => c.PosyanduId).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Take(Limit)
                .ToList();
            await db.RecordListReadAsync("ChildGrowth", list.Select(c => c.ResidentId), region.ToString(), cancellationToken);
            return list;
        }

        private static List<string> Reasons(Domain.ChildVisit visit)
        {
            var reasons = visit.ReferralReasons.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (visit.Stunted) reasons.Add("stunting");
            if (visit.Wasted && !reasons.Contains(Growth.ReferralReasons.SevereWasting)) reasons.Add("wasting");
            return reasons;
        }
    }
}

internal static class ChildrenNeedingActionEndpoint
{
    public static void MapChildrenNeedingAction(this IEndpointRouteBuilder group) =>
        group.MapGet("/reports/children-needing-action", async (string? region, string? period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChildrenNeedingAction(region, period), ct)))
            .WithName("ChildrenNeedingAction")
            .WithSummary("Children whose last visit of the month calls for action (2T, BGM, gizi buruk, LiLA merah, stunting, wasting): a worklist with names, no NIK.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Health);
}
