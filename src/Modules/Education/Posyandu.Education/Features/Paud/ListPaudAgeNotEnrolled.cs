using Posyandu.SharedKernel.Privacy;
namespace Posyandu.Education.Features.Paud;

/// <summary>
/// The kader's worklist: living children of PAUD age on <see cref="Date"/> (from <see cref="FromAgeYears"/>, 3 by
/// default, 0 where the village runs BKB, up to the 7th birthday) with no enrolment running that day. Computed from
/// the birth dates at the requested day, so a child who turns three appears on the birthday without anyone adding them.
/// The birth date itself is shown only to roles that may see it (<see cref="PersonalFields"/>: not to Education staff,
/// who get the age); the list is capped at <see cref="Limit"/> and audited as one line naming every child listed.
/// </summary>
public sealed record ListPaudAgeNotEnrolled(Guid? PosyanduId, DateOnly Date, int FromAgeYears) : IQuery<IReadOnlyList<ListPaudAgeNotEnrolled.Child>>
{
    public const int DefaultFromAge = 3;

    /// <summary>At most this many children in one answer (a Posyandu has far fewer; a province-wide call is cut here).</summary>
    public const int Limit = 5000;

    private const int Batch = 2000;

    public sealed record Child(Guid ResidentId, string Name, string Sex, DateOnly? BirthDate, int AgeYears, int AgeMonths, Guid PosyanduId, string RegionCode);

    internal sealed class Handler(EducationDbContext db, ICurrentUser user) : IRequestHandler<ListPaudAgeNotEnrolled, IReadOnlyList<Child>>
    {
        public async Task<IReadOnlyList<Child>> Handle(ListPaudAgeNotEnrolled request, CancellationToken cancellationToken)
        {
            if (request.FromAgeYears is < 0 or >= PaudEnrolment.AgeLimitYears)
            {
                throw RequestValidationException.For("fromAge", $"fromAge is 0–{PaudEnrolment.AgeLimitYears - 1} years.");
            }

            var day = request.Date;
            var children = db.Residents.AsNoTracking().OfPaudAge(day, request.FromAgeYears);
            if (request.PosyanduId is { } posyandu)
            {
                children = children.Where(r => r.PosyanduId == posyandu);
            }

            // In batches, filtering each: the limit applies to the children listed, not to those looked at.
            var ordered = children.OrderBy(r => r.PosyanduId).ThenBy(r => r.BirthDate).ThenBy(r => r.Name).ThenBy(r => r.ResidentId);
            var list = new List<EducationResident>();
            for (var skip = 0; list.Count < Limit; skip += Batch)
            {
                var batch = await ordered.Skip(skip).Take(Batch).ToListAsync(cancellationToken);
                var ids = batch.Select(r => r.ResidentId).ToList();
                // Enrolments are matched by child, not by place: one made at the Posyandu the family lived at before still
                // counts (hence no scope filter here — this query only answers "enrolled?" for children already visible).
                var enrolled = (await db.Enrolments.IgnoreQueryFilters().AsNoTracking()
                    .Where(e => ids.Contains(e.ResidentId) && e.StartDate <= day && (e.EndDate == null || e.EndDate >= day))
                    .Select(e => e.ResidentId).ToListAsync(cancellationToken)).ToHashSet();
                list.AddRange(batch.Where(r => !enrolled.Contains(r.ResidentId)));
                if (batch.Count < Batch)
                {
                    break;
                }
            }

            var listed = list.Take(Limit).ToList();
            await db.RecordListReadAsync("PaudChild", listed.Select(r => r.ResidentId), null, cancellationToken);
            var view = user.PersonalFields();
            return listed.Select(r => new Child(
                r.ResidentId, r.Name, r.Sex.ToApi(), view.Birth(r.BirthDate), r.AgeYearsOn(day), r.AgeMonthsOn(day), r.PosyanduId, r.RegionCode)).ToList();
        }
    }
}

internal static class PaudAge
{
    /// <summary>Living residents aged <paramref name="fromAgeYears"/> up to (not including) the 7th birthday on <paramref name="day"/>.</summary>
    public static IQueryable<EducationResident> OfPaudAge(this IQueryable<EducationResident> residents, DateOnly day, int fromAgeYears)
    {
        // Born after day − 7 years (still six) and on or before day − fromAge years (had that birthday). For 29 February
        // birthdays AddYears lands on the 28th, as the registry's age arithmetic does.
        var bornAfter = day.AddYears(-PaudEnrolment.AgeLimitYears);
        var bornBy = day.AddYears(-fromAgeYears);
        return residents.Where(r => r.Alive && r.BirthDate > bornAfter && r.BirthDate <= bornBy);
    }
}

internal static class ListPaudAgeNotEnrolledEndpoint
{
    public static void MapListPaudAgeNotEnrolled(this IEndpointRouteBuilder group) =>
        group.MapGet("/paud/not-enrolled", async (Guid? posyanduId, DateOnly? date, int? fromAge, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPaudAgeNotEnrolled(posyanduId, date ?? time.Today(), fromAge ?? ListPaudAgeNotEnrolled.DefaultFromAge), ct)))
            .WithName("ListPaudAgeNotEnrolled")
            .WithSummary("Children of PAUD age (3–6 by default; fromAge=0 for BKB villages) not enrolled on a day (default today, WITA), per Posyandu.")
            .ProducesValidationProblem()
            .RequireRoles(EducationRules.Readers);
}
