namespace Posyandu.Education.Features.Paud;

/// <summary>PAUD enrolments the caller may see: of one child, of one Posyandu, or those running on a day.</summary>
public sealed record ListPaudEnrolments(Guid? ResidentId, Guid? PosyanduId, DateOnly? ActiveOn) : IQuery<IReadOnlyList<PaudEnrolment>>
{
    internal sealed class Handler(EducationDbContext db) : IRequestHandler<ListPaudEnrolments, IReadOnlyList<PaudEnrolment>>
    {
        public async Task<IReadOnlyList<PaudEnrolment>> Handle(ListPaudEnrolments request, CancellationToken cancellationToken)
        {
            var query = db.Enrolments.AsNoTracking();
            if (request.ResidentId is { } resident) query = query.Where(e => e.ResidentId == resident);
            if (request.PosyanduId is { } posyandu) query = query.Where(e => e.PosyanduId == posyandu);
            if (request.ActiveOn is { } day) query = query.Where(e => e.StartDate <= day && (e.EndDate == null || e.EndDate >= day));
            return await query.OrderByDescending(e => e.StartDate).Take(2000).ToListAsync(cancellationToken);
        }
    }
}

internal static class ListPaudEnrolmentsEndpoint
{
    public static void MapListPaudEnrolments(this IEndpointRouteBuilder group) =>
        group.MapGet("/paud/enrolments", async (Guid? residentId, Guid? posyanduId, DateOnly? activeOn, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new ListPaudEnrolments(residentId, posyanduId, activeOn), ct)).Select(PaudEnrolmentDto.From).ToList()))
            .WithName("ListPaudEnrolments")
            .WithSummary("PAUD enrolments, newest first; filter by child, Posyandu or a day they were running on.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireRoles(EducationRules.Readers);
}
