namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// The lists sector staff need for a Posyandu day: by name (the prefix of any word, case- and accent-insensitive,
/// so "dewi" finds "Siti Déwi"), by Posyandu, by age band on a date. Living residents only unless asked. Paged,
/// ordered by name. The caller's region (and, for a kader, Posyandu) scope applies through the query filter.
/// </summary>
public sealed record SearchResidents(string? Name, Guid? PosyanduId, AgeBand? Band, DateOnly? AsOf, bool IncludeDeceased, int Skip, int Take)
    : IQuery<IReadOnlyList<ResidentDto>>
{
    public const int MaxTake = 500;

    internal sealed class Validator : AbstractValidator<SearchResidents>
    {
        public Validator()
        {
            RuleFor(s => s.Take).InclusiveBetween(1, MaxTake);
            RuleFor(s => s.Skip).GreaterThanOrEqualTo(0);
        }
    }

    internal sealed class Handler(RegistryDbContext db, TimeProvider time) : IRequestHandler<SearchResidents, IReadOnlyList<ResidentDto>>
    {
        public async Task<IReadOnlyList<ResidentDto>> Handle(SearchResidents request, CancellationToken cancellationToken)
        {
            var query = db.Residents.AsNoTracking();
            var name = TextSearch.Normalize(request.Name);
            if (name.Length > 0)
            {
                // The first word is an index seek; a later word's prefix follows a space in the normalised name.
                var laterWord = " " + name;
                query = query.Where(r => r.SearchName.StartsWith(name) || r.SearchName.Contains(laterWord));
            }

            if (request.PosyanduId is { } posyandu)
            {
                query = query.Where(r => r.PosyanduId == posyandu);
            }

            if (!request.IncludeDeceased)
            {
                query = query.Where(r => r.DateOfDeath == null);
            }

            if (request.Band is { } band)
            {
                var (bornAfter, bornOnOrBefore) = band.BirthDates(request.AsOf ?? time.Today());
                query = query.Where(r => r.BirthDate > bornAfter && r.BirthDate <= bornOnOrBefore);
            }

            var rows = await query.OrderBy(r => r.SearchName).ThenBy(r => r.Id).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
            return rows.Select(ResidentDto.From).ToList();
        }
    }
}

internal static class SearchResidentsEndpoint
{
    public static void MapSearchResidents(this IEndpointRouteBuilder residents) =>
        residents.MapGet("/", async (
                string? name, Guid? posyanduId, string? ageBand, DateOnly? asOf, bool? includeDeceased, int? skip, int? take,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchResidents(
                    name, posyanduId, AgeBands.Parse(ageBand, "ageBand"), asOf, includeDeceased ?? false, skip ?? 0, take ?? 100), ct)))
            .WithName("SearchResidents")
            .WithSummary("Residents by name prefix, Posyandu and age band (under5, 3to6, 7to18, 60plus) on a date (asOf, default today); paged by name.")
            .ProducesValidationProblem()
            .RequireRoles(RegistryRules.Readers);
}
