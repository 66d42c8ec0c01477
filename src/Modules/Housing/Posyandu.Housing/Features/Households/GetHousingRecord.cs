using Posyandu.Housing.Features.Assessments;
using Posyandu.Housing.Features.Rehabilitations;

namespace Posyandu.Housing.Features.Households;

/// <summary>
/// A household's housing record: every assessment (newest first, the one in force marked), every rehabilitation and
/// the household's housing service requests (rehabilitation aid, verification), with the house's state today — RTLH
/// or not, and the rehabilitation in progress.
/// </summary>
public sealed record GetHousingRecord(Guid HouseholdId, DateOnly Today) : IQuery<GetHousingRecord.Record>
{
    public sealed record Assessment(bool InForce, HouseAssessmentDto Details);

    /// <summary>A service request for the household, on the shared workflow (details at <c>/api/housing/service-requests/{id}</c>).</summary>
    public sealed record Request(Guid RequestId, string Type, ServiceRequestStatus Status, DateTime SubmittedAt, string? Outcome);

    /// <param name="RegisteredOccupants">Living residents of the household in the registry.</param>
    /// <param name="IsRtlh">Null until the house is first assessed.</param>
    public sealed record Record(
        Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly RegisteredOn, int RegisteredOccupants, DateOnly AsOf,
        bool? IsRtlh, Guid? AssessmentInForceId, Guid? RehabilitationInProgressId,
        IReadOnlyList<Assessment> Assessments, IReadOnlyList<RehabilitationDto> Rehabilitations, IReadOnlyList<Request> Requests);

    internal sealed class Handler(HousingDbContext db) : IRequestHandler<GetHousingRecord, Record>
    {
        public async Task<Record> Handle(GetHousingRecord request, CancellationToken cancellationToken)
        {
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);
            await db.RecordReadAsync("HousingRecord", household.HouseholdId.ToString(), household.RegionCode, cancellationToken);
            var (assessments, rehabilitations) = await db.HistoryAsync(household.HouseholdId, cancellationToken);
            var occupants = await db.Residents.IgnoreQueryFilters().CountAsync(r => r.HouseholdId == household.HouseholdId && r.Alive, cancellationToken);
            var state = HouseStatus.On(request.Today, assessments, rehabilitations);
            // The request names the household, so the record finds it without a field of its own pointing back.
            var requests = await db.ServiceRequests.AsNoTracking().Where(r => r.HouseholdId == household.HouseholdId)
                .OrderByDescending(r => r.SubmittedAt)
                .Select(r => new Request(r.Id, r.Type, r.Status, r.SubmittedAt, r.Outcome))
                .ToListAsync(cancellationToken);
            return new Record(
                household.HouseholdId, household.PosyanduId, household.RegionCode, household.RegisteredOn, occupants, request.Today,
                state.Assessment is null ? null : state.IsRtlh, state.Assessment?.Id, state.InRehabilitation?.Id,
                assessments.OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt)
                    .Select(a => new Assessment(a.Id == state.Assessment?.Id, HouseAssessmentDto.From(a))).ToList(),
                rehabilitations.OrderByDescending(r => r.StartedOn).Select(RehabilitationDto.From).ToList(), requests);
        }
    }
}

internal static class GetHousingRecordEndpoint
{
    public static void MapGetHousingRecord(this IEndpointRouteBuilder group) =>
        group.MapGet("/households/{householdId:guid}", async (Guid householdId, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetHousingRecord(householdId, time.Today()), ct)))
            .WithName("GetHousingRecord")
            .WithSummary("A household's housing record: assessments (newest first, the one in force marked), rehabilitations, service requests, and whether the house is RTLH today.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(HousingRules.Readers);
}
