using Posyandu.Reporting.Features.Ranking;
using Posyandu.Reporting.Features.Scorecard;
using Posyandu.SharedKernel.Errors;

namespace Posyandu.Reporting.Features.Export;

/// <summary>
/// CSV and XLSX downloads of the scorecard and of the child-region table — the same queries as the API, so the
/// numbers match. <c>publication=true</c> applies small-cell suppression (<c>Reporting:SmallCellThreshold</c>, 5).
/// </summary>
internal static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder group)
    {
        group.MapGet("/scorecard/export", async (string? region, string? period, string? format, bool? publication, IMediator mediator, SmallCells smallCells, CancellationToken ct) =>
            {
                var kind = Format(format);
                var card = await mediator.Send(new GetScorecard(region, period), ct);
                int? threshold = publication == true ? smallCells.Threshold : null;
                var rows = card.Sectors
                    .SelectMany(s => s.Indicators.Select(i => ExportRow.From(card.Period, card.Region, card.RegionName, s.Sector, i, threshold)))
                    .ToList();
                var (content, type) = await ExportFile.WriteAsync(rows, kind, ct);
                return TypedResults.File(content, type, $"scorecard-{card.Region}-{card.Period}.{kind}");
            })
            .WithName("ExportScorecard")
            .Produces<Stream>(StatusCodes.Status200OK, ExportFile.CsvType, ExportFile.XlsxType)
            .WithSummary("The scorecard as CSV or XLSX (format=csv|xlsx); publication=true shows counts below the threshold as \"< 5\".")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAnyRole();

        group.MapGet("/indicators/{indicatorId}/ranking/export", async (string indicatorId, string? region, string? period, string? format, bool? publication, IMediator mediator, IndicatorCatalog catalog, SmallCells smallCells, CancellationToken ct) =>
            {
                var kind = Format(format);
                var ranking = await mediator.Send(new RankChildRegions(indicatorId, region, period), ct);
                var sector = catalog.Find(indicatorId)!.Sector;
                int? threshold = publication == true ? smallCells.Threshold : null;
                var rows = ranking.Rows.Select(r => ExportRow.From(ranking.Period, r.RegionCode, r.RegionName, sector, r.Value, threshold)).ToList();
                var (content, type) = await ExportFile.WriteAsync(rows, kind, ct);
                return TypedResults.File(content, type, $"{indicatorId}-{ranking.Region}-{ranking.Period}.{kind}");
            })
            .WithName("ExportRanking")
            .Produces<Stream>(StatusCodes.Status200OK, ExportFile.CsvType, ExportFile.XlsxType)
            .WithSummary("The child-region table of one indicator as CSV or XLSX.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAnyRole();
    }

    private static string Format(string? format) => format?.ToLowerInvariant() switch
    {
        null or "csv" => "csv",
        "xlsx" => "xlsx",
        _ => throw RequestValidationException.For("format", "format must be csv or xlsx."),
    };
}
