using Posyandu.Education.ServiceRequests;

namespace Posyandu.Education.Features.OutOfSchool;

/// <summary>One case with its follow-up actions and the child's return-to-school referrals (service requests) since identification.</summary>
public sealed record GetOutOfSchoolCase(Guid CaseId) : IQuery<GetOutOfSchoolCase.View>
{
    public sealed record Referral(Guid RequestId, ServiceRequestStatus Status, DateTime SubmittedAt, string? Outcome);

    public sealed record View(OutOfSchoolCaseDto Case, IReadOnlyList<Referral> Referrals);

    internal sealed class Handler(EducationDbContext db, TimeProvider time) : IRequestHandler<GetOutOfSchoolCase, View>
    {
        public async Task<View> Handle(GetOutOfSchoolCase request, CancellationToken cancellationToken)
        {
            var found = await db.OutOfSchoolCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
                        ?? throw new NotFoundException("Out-of-school case");
            await db.RecordReadAsync(nameof(OutOfSchoolCase), found.Id.ToString(), found.RegionCode, cancellationToken);
            // The referral is the shared service-request workflow; the case finds it by child and type, so the
            // request needs no field of its own pointing back here.
            var since = time.StartOfLocalDay(found.IdentifiedOn);
            var referrals = await db.ServiceRequests.AsNoTracking()
                .Where(r => r.ResidentId == found.ResidentId && r.Type == EducationServiceRequests.ReturnToSchool.Code && r.SubmittedAt >= since)
                .OrderBy(r => r.SubmittedAt)
                .Select(r => new Referral(r.Id, r.Status, r.SubmittedAt, r.Outcome))
                .ToListAsync(cancellationToken);
            return new View(OutOfSchoolCaseDto.From(found), referrals);
        }
    }
}

internal static class GetOutOfSchoolCaseEndpoint
{
    public static void MapGetOutOfSchoolCase(this IEndpointRouteBuilder group) =>
        group.MapGet("/out-of-school/cases/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetOutOfSchoolCase(id), ct)))
            .WithName("GetOutOfSchoolCase")
            .WithSummary("One out-of-school case with its follow-up actions and return-to-school referrals.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(EducationRules.Readers);
}
