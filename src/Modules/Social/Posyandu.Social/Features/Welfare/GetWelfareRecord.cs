using Posyandu.Social.Features.LeftOut;

namespace Posyandu.Social.Features.Welfare;

/// <summary>
/// A household's social-welfare record: DTSEN checks (newest first, the first in force), every assistance it received
/// (kept with the household, whoever moved out or died), proposals with their outcomes, its vulnerability signals
/// today and its service requests. The read is audited.
/// </summary>
public sealed record GetWelfareRecord(Guid HouseholdId, DateOnly Today) : IQuery<GetWelfareRecord.Record>
{
    public sealed record Request(Guid RequestId, string Type, ServiceRequestStatus Status, DateTime SubmittedAt, string? Outcome);

    public sealed record Record(
        Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly AsOf, int LivingMembers, DtsenCheckDto? DtsenInForce, IReadOnlyList<DtsenCheckDto> DtsenChecks,
        IReadOnlyList<AssistanceDto> Assistance, IReadOnlyList<ProposalDto> Proposals, LeftOutHousehold? Signals, IReadOnlyList<Request> Requests);

    internal sealed class Handler(SocialDbContext db) : IRequestHandler<GetWelfareRecord, Record>
    {
        public async Task<Record> Handle(GetWelfareRecord request, CancellationToken cancellationToken)
        {
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);
            await db.RecordReadAsync("WelfareRecord", household.HouseholdId.ToString(), household.RegionCode, cancellationToken);
            var id = household.HouseholdId;
            var checks = (await db.DtsenChecks.AsNoTracking().Where(c => c.HouseholdId == id).ToListAsync(cancellationToken))
                .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.RecordedAt).Select(DtsenCheckDto.From).ToList();
            var assistance = (await db.Assistance.AsNoTracking().Where(a => a.HouseholdId == id).ToListAsync(cancellationToken))
                .OrderByDescending(a => a.StartedOn).Select(AssistanceDto.From).ToList();
            var proposals = (await db.Proposals.AsNoTracking().Where(p => p.HouseholdId == id).ToListAsync(cancellationToken))
                .OrderByDescending(p => p.SubmittedOn).Select(ProposalDto.From).ToList();
            var members = await db.Residents.IgnoreQueryFilters().CountAsync(r => r.HouseholdId == id && r.Alive, cancellationToken);
            var signals = (await LeftOutEngine.EvaluateAsync(db, household.PosyanduId, null, request.Today, cancellationToken)).FirstOrDefault(h => h.HouseholdId == id);
            var requests = await db.ServiceRequests.AsNoTracking().Where(r => r.HouseholdId == id).OrderByDescending(r => r.SubmittedAt)
                .Select(r => new Request(r.Id, r.Type, r.Status, r.SubmittedAt, r.Outcome)).ToListAsync(cancellationToken);
            return new Record(id, household.PosyanduId, household.RegionCode, request.Today, members, checks.FirstOrDefault(), checks, assistance, proposals, signals, requests);
        }
    }
}

internal static class GetWelfareRecordEndpoint
{
    public static void MapGetWelfareRecord(this IEndpointRouteBuilder group) =>
        group.MapGet("/households/{householdId:guid}", async (Guid householdId, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWelfareRecord(householdId, time.Today()), ct)))
            .WithName("GetWelfareRecord")
            .WithSummary("A household's DTSEN status and checks, assistance history, proposals with outcomes, vulnerability signals and social service requests.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Social, Roles.Dpmd);
}
