namespace Posyandu.GeneralEducation.Features.Plans;

/// <summary>
/// A Posyandu's plan for a month against what was held: every line (cancelled ones too, as changes of the plan), the
/// count planned (not cancelled), held within the month, and the share — the Posyandu's <c>pm-sesi</c>.
/// </summary>
public sealed record GetMonthlyPlan(Guid PosyanduId, Period Month) : IQuery<GetMonthlyPlan.View>
{
    public sealed record View(
        Guid PosyanduId, string Name, string RegionCode, string Period, int Planned, int Held, decimal? HeldPercent, int Cancelled,
        IReadOnlyList<PlannedActivityDto> Activities);

    internal sealed class Handler(GeneralEducationDbContext db) : IRequestHandler<GetMonthlyPlan, View>
    {
        public async Task<View> Handle(GetMonthlyPlan request, CancellationToken cancellationToken)
        {
            var site = await db.PosyanduAsync(request.PosyanduId, cancellationToken);
            var first = request.Month.FirstDay;
            var lines = await db.PlannedActivities.AsNoTracking().Where(p => p.PosyanduId == site.PosyanduId && p.Month == first)
                .OrderBy(p => p.PlannedDate).ThenBy(p => p.Id).ToListAsync(cancellationToken);
            var planned = lines.Where(p => p.Status == PlannedActivityStatus.Planned).ToList();
            var held = planned.Count(p => p.HeldInMonth);
            return new View(site.PosyanduId, site.Name, site.RegionCode, request.Month.ToString(), planned.Count, held,
                SharedKernel.Reports.ReportLevels.Percent(held, planned.Count), lines.Count - planned.Count, [.. lines.Select(PlannedActivityDto.From)]);
        }
    }
}

internal static class GetMonthlyPlanEndpoint
{
    public static void MapGetMonthlyPlan(this IEndpointRouteBuilder group) =>
        group.MapGet("/posyandu/{posyanduId:guid}/plans/{period}", async (Guid posyanduId, string period, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMonthlyPlan(posyanduId, Fields.Parse<Period>(period, "period")), ct)))
            .WithName("GetGeneralEducationMonthlyPlan")
            .WithSummary("A Posyandu's monthly plan of community education: planned versus held within the month.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(GeneralEducationRules.Readers);
}
