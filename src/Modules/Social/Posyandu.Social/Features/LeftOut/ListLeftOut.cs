using Posyandu.SharedKernel.Reports;

namespace Posyandu.Social.Features.LeftOut;

/// <summary>
/// The kader's "who is left out" worklist of a Posyandu: households with a vulnerability signal and no assistance
/// today, highest score first; each signal with its source and weight, so the order can be explained. Audited as one
/// line naming every household listed, like the region's list.
/// </summary>
public sealed record ListLeftOutAtPosyandu(Guid PosyanduId, DateOnly Today) : IQuery<ListLeftOutAtPosyandu.Worklist>
{
    /// <param name="WithSignals">Households with any signal; <paramref name="Assisted"/> of them receive assistance today and are not listed.</param>
    public sealed record Worklist(
        Guid PosyanduId, string Name, string RegionCode, DateOnly AsOf, int WithSignals, int Assisted, string WeightsSource, IReadOnlyList<LeftOutHousehold> Households);

    internal sealed class Handler(SocialDbContext db) : IRequestHandler<ListLeftOutAtPosyandu, Worklist>
    {
        public async Task<Worklist> Handle(ListLeftOutAtPosyandu request, CancellationToken cancellationToken)
        {
            var posyandu = await db.Posyandu.AsNoTracking().SingleOrDefaultAsync(p => p.PosyanduId == request.PosyanduId, cancellationToken)
                           ?? throw new NotFoundException("Posyandu");
            var all = await LeftOutEngine.EvaluateAsync(db, posyandu.PosyanduId, null, request.Today, cancellationToken);
            var left = all.Where(h => !h.Assisted).ToList();
            await db.RecordListReadAsync("LeftOutHousehold", left.Select(h => h.HouseholdId), posyandu.RegionCode, cancellationToken);
            return new Worklist(posyandu.PosyanduId, posyandu.Name, posyandu.RegionCode, request.Today, all.Count, all.Count - left.Count,
                SocialCatalogue.Current.LeftOut.Source, left);
        }
    }
}

/// <summary>Dinas Sosial's "who is left out" list for a region: the highest-scoring unassisted households first, at most <c>limit</c>.</summary>
public sealed record ListLeftOutInRegion(string? Region, int? Limit, DateOnly Today) : IQuery<ListLeftOutInRegion.Result>
{
    public sealed record Result(string Region, DateOnly AsOf, int WithSignals, int Assisted, int LeftOut, string WeightsSource, IReadOnlyList<LeftOutHousehold> Households);

    internal sealed class Handler(SocialDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListLeftOutInRegion, Result>
    {
        public async Task<Result> Handle(ListLeftOutInRegion request, CancellationToken cancellationToken)
        {
            if (request.Limit is < 1 or > 1000)
            {
                throw RequestValidationException.For("limit", "limit is 1–1000.");
            }

            var (region, _) = RegionMonth.Parse(request.Region, null, user, clock);
            var all = await LeftOutEngine.EvaluateAsync(db, null, region.ToString(), request.Today, cancellationToken);
            var listed = all.Where(h => !h.Assisted).ToList();
            var page = listed.Take(request.Limit ?? 100).ToList();
            await db.RecordListReadAsync("LeftOutHousehold", page.Select(h => h.HouseholdId), region.ToString(), cancellationToken);
            return new Result(region.ToString(), request.Today, all.Count, all.Count - listed.Count, listed.Count, SocialCatalogue.Current.LeftOut.Source, page);
        }
    }
}

internal static class ListLeftOutEndpoints
{
    public static void MapListLeftOut(this IEndpointRouteBuilder group)
    {
        group.MapGet("/posyandu/{posyanduId:guid}/left-out", async (Guid posyanduId, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLeftOutAtPosyandu(posyanduId, time.Today()), ct)))
            .WithName("ListLeftOutAtPosyandu")
            .WithSummary("A Posyandu's households with a vulnerability signal (Health, Housing, Education, Social) and no assistance today, by explainable score.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Social, Roles.Dpmd);
        group.MapGet("/left-out", async (string? region, int? limit, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLeftOutInRegion(region, limit, time.Today()), ct)))
            .WithName("ListLeftOutInRegion")
            .WithSummary("A region's unassisted households with vulnerability signals, highest score first (limit 1–1000, default 100).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(SocialRules.Offices);
    }
}
