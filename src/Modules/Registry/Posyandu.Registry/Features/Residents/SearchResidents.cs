using Posyandu.SharedKernel.Privacy;

namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// The lists sector staff need for a Posyandu day: by name (the prefix of any word, case- and accent-insensitive,
/// so "dewi" finds "Siti Déwi"), by Posyandu, by age band on a date. Living residents only unless asked. Paged,
/// ordered by name. The caller's region (and, for a kader, Posyandu) scope applies through the query filter.
/// A bulk read of people (UU 27/2022): a page is at most <see cref="MaxTake"/>, no deeper than <see cref="MaxSkip"/>,
/// rate-limited per user like a look-up, and audited as one line naming every resident returned. The age-band filter
/// is only for roles that may see ages (<see cref="PersonalFields.Age"/>), and only as of today for roles that may not
/// see birth dates: moving <c>asOf</c> a day at a time would otherwise reveal each birth date.
/// </summary>
public sealed record SearchResidents(string? Name, Guid? PosyanduId, AgeBand? Band, DateOnly? AsOf, bool IncludeDeceased, int Skip, int Take)
    : IQuery<IReadOnlyList<ResidentDto>>
{
    public const int MaxTake = 100;

    public const int MaxSkip = 2000;

    internal sealed class Validator : AbstractValidator<SearchResidents>
    {
        public Validator()
        {
            RuleFor(s => s.Take).InclusiveBetween(1, MaxTake);
            RuleFor(s => s.Skip).InclusiveBetween(0, MaxSkip)
                .WithMessage($"skip is 0 to {MaxSkip}: narrow the search by name or Posyandu instead of paging through everyone.");
        }
    }

    internal sealed class Handler(RegistryDbContext db, TimeProvider time, ICurrentUser user) : IRequestHandler<SearchResidents, IReadOnlyList<ResidentDto>>
    {
        public async Task<IReadOnlyList<ResidentDto>> Handle(SearchResidents request, CancellationToken cancellationToken)
        {
            var view = user.PersonalFields();
            if (request.Band is not null && !view.Age)
            {
                throw new ForbiddenException("Your role does not see ages, so it cannot search by age band.");
            }

            if (request.AsOf is { } asOf && asOf != time.Today() && !view.BirthDate)
            {
                throw new ForbiddenException("Your role does not see birth dates: an age band is searched as of today only.");
            }

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
            await db.RecordListReadAsync("Resident", rows.Select(r => r.Id), null, cancellationToken);
            var today = time.Today();
            return rows.Select(r => ResidentDto.From(r, view, today)).ToList();
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
            .WithSummary("Residents by name prefix, Posyandu and age band (under5, 3to6, 7to18, 60plus) on a date (asOf, default today); paged by name (take ≤ 100, skip ≤ 2000); audited, rate-limited per user.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRoles(RegistryRules.Readers)
            .RequireRateLimiting(PersonLookupLimits.Policy);
}
