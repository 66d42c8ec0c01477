using Posyandu.Reporting.Features.Scorecard;
using Posyandu.SharedKernel.Errors;

namespace Posyandu.Reporting.Features.Series;

/// <summary>One indicator month by month for a region: the 12 months up to <see cref="Period"/> unless told otherwise.</summary>
public sealed record GetIndicatorSeries(string IndicatorId, string? Region, string? Period, int Months = 12) : IQuery<GetIndicatorSeries.Result>
{
    public sealed record Result(string Indicator, string Region, IReadOnlyList<Point> Points);

    public sealed record Point(string Period, IndicatorValue Value);

    internal sealed class Handler(MetricReader figures, IndicatorCatalog catalog, ICurrentUser user, TimeProvider clock, SmallCells smallCells) : IRequestHandler<GetIndicatorSeries, Result>
    {
        public async Task<Result> Handle(GetIndicatorSeries request, CancellationToken cancellationToken)
        {
            var indicator = catalog.Find(request.IndicatorId) ?? throw new NotFoundException($"Indicator '{request.IndicatorId}'");
            if (request.Months is < 1 or > 60)
            {
                throw RequestValidationException.For("months", "months must be between 1 and 60.");
            }

            var (region, last) = RegionMonth.Parse(request.Region, request.Period, user, clock);
            var periods = new List<Period>();
            for (var (p, i) = (last, 0); i < request.Months; p = p.Previous(), i++)
            {
                periods.Insert(0, p);
            }

            var metrics = IndicatorCatalog.Metrics([indicator]).ToList();
            var byPeriod = await figures.ForRegionAsync(region, periods, metrics, cancellationToken);
            var points = periods
                .Select(p => new Point(p.ToString(), smallCells.Apply(IndicatorValue.Of(indicator, byPeriod.GetValueOrDefault(p.ToString()) ?? []))))
                .ToList();
            return new Result(indicator.Id, region.ToString(), points);
        }
    }
}

internal static class GetIndicatorSeriesEndpoint
{
    public static void MapIndicatorSeries(this IEndpointRouteBuilder group) =>
        group.MapGet("/indicators/{indicatorId}/series", async (string indicatorId, string? region, string? period, int? months, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetIndicatorSeries(indicatorId, region, period, months ?? 12), ct)))
            .WithName("GetIndicatorSeries")
            .WithSummary("One indicator month by month for a region (the months up to period).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAnyRole();
}
