namespace Posyandu.Education.Features.OutOfSchool;

/// <summary>Out-of-school cases the caller may see, newest first: of a Posyandu or a child, open or resolved, by reason.</summary>
public sealed record ListOutOfSchoolCases(Guid? PosyanduId, Guid? ResidentId, bool? Open, OutOfSchoolReason? Reason) : IQuery<IReadOnlyList<OutOfSchoolCase>>
{
    internal sealed class Handler(EducationDbContext db) : IRequestHandler<ListOutOfSchoolCases, IReadOnlyList<OutOfSchoolCase>>
    {
        public async Task<IReadOnlyList<OutOfSchoolCase>> Handle(ListOutOfSchoolCases request, CancellationToken cancellationToken)
        {
            var query = db.OutOfSchoolCases.AsNoTracking();
            if (request.PosyanduId is { } posyandu) query = query.Where(c => c.PosyanduId == posyandu);
            if (request.ResidentId is { } resident) query = query.Where(c => c.ResidentId == resident);
            if (request.Open is { } open) query = open ? query.Where(c => c.ResolvedOn == null) : query.Where(c => c.ResolvedOn != null);
            if (request.Reason is { } reason) query = query.Where(c => c.Reason == reason);
            return await query.OrderByDescending(c => c.IdentifiedOn).Take(2000).ToListAsync(cancellationToken);
        }
    }
}

internal static class ListOutOfSchoolCasesEndpoint
{
    public static void MapListOutOfSchoolCases(this IEndpointRouteBuilder group) =>
        group.MapGet("/out-of-school/cases", async (Guid? posyanduId, Guid? residentId, bool? open, string? reason, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new ListOutOfSchoolCases(
                    posyanduId, residentId, open, SharedKernel.Errors.Fields.Enum<OutOfSchoolReason>(reason, "reason")), ct)).Select(OutOfSchoolCaseDto.From).ToList()))
            .WithName("ListOutOfSchoolCases")
            .WithSummary("Out-of-school cases, newest first; filter by Posyandu, child, open, reason.")
            .ProducesValidationProblem()
            .RequireRoles(EducationRules.Readers);
}
