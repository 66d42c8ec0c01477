using Microsoft.AspNetCore.Http.HttpResults;

namespace Posyandu.Registry.Features.Regions;

/// <summary>
/// Regions whose name — or any word of it — starts with <see cref="Name"/> (case- and accent-insensitive),
/// optionally of one level and below one region. Without a name: the provinces.
/// </summary>
public sealed record SearchRegions(string? Name, RegionLevel? Level, string? Within, int Take = 50) : IQuery<IReadOnlyList<RegionDto>>
{
    internal sealed class Validator : AbstractValidator<SearchRegions>
    {
        public Validator()
        {
            RuleFor(q => q.Take).InclusiveBetween(1, 500);
            RuleFor(q => q.Within).Must(w => w is null || RegionCode.TryParse(w, out _, out _))
                .WithMessage("within must be a Kemendagri region code such as 64.02.");
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<SearchRegions, IReadOnlyList<RegionDto>>
    {
        public async Task<IReadOnlyList<RegionDto>> Handle(SearchRegions request, CancellationToken cancellationToken)
        {
            var query = db.Regions.AsNoTracking();
            var name = TextSearch.Normalize(request.Name);
            if (name.Length == 0 && request.Level is null && request.Within is null)
            {
                query = query.Where(r => r.ParentCode == null);
            }

            if (name.Length > 0)
            {
                var wordStart = " " + name;
                query = query.Where(r => r.SearchName.StartsWith(name) || r.SearchName.Contains(wordStart));
            }

            if (request.Level is { } level)
            {
                query = query.Where(r => r.Level == level);
            }

            if (request.Within is { } within)
            {
                var prefix = RegionCode.Parse(within) + ".";
                query = query.Where(r => r.Code.StartsWith(prefix));
            }

            var rows = await query.OrderBy(r => r.Code).Take(request.Take).ToListAsync(cancellationToken);
            return rows.Select(RegionDto.From).ToList();
        }
    }
}

internal static class SearchRegionsEndpoint
{
    public static void MapSearchRegions(this IEndpointRouteBuilder regions) =>
        regions.MapGet("/", async Task<Ok<IReadOnlyList<RegionDto>>> (string? name, string? level, string? within, int? take, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchRegions(name, Fields.Enum<RegionLevel>(level, "level"), within, take ?? 50), ct)))
            .WithName("SearchRegions")
            .WithSummary("Search regions by name (any word's prefix, case- and accent-insensitive), level and parent region.")
            .ProducesValidationProblem()
            .RequireAnyRole();
}
