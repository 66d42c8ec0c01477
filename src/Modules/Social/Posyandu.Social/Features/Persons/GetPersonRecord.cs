using Posyandu.Social.Features.Ppks;

namespace Posyandu.Social.Features.Persons;

/// <summary>
/// A resident's social record: disability assessments (newest first; the first is in force) and PPKS cases. The read
/// is audited. A kader sees what they recorded themselves; a kader who recorded nothing of the person gets 404.
/// </summary>
public sealed record GetPersonRecord(Guid ResidentId) : IQuery<GetPersonRecord.Record>
{
    public sealed record Record(
        Guid ResidentId, string Name, Guid HouseholdId, Guid PosyanduId, string RegionCode, bool Alive, DisabilityDto? DisabilityInForce,
        IReadOnlyList<DisabilityDto> Disabilities, IReadOnlyList<PpksCaseDto> Cases);

    internal sealed class Handler(SocialDbContext db, ICurrentUser user) : IRequestHandler<GetPersonRecord, Record>
    {
        public async Task<Record> Handle(GetPersonRecord request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.ResidentId == request.ResidentId, cancellationToken)
                           ?? throw new NotFoundException("Resident");
            var disabilities = (await db.Disabilities.AsNoTracking().Where(d => d.ResidentId == resident.ResidentId).ToListAsync(cancellationToken))
                .Where(d => user.MaySeeDetails(d.RecordedBy)).OrderByDescending(d => d.AssessedOn).ThenByDescending(d => d.RecordedAt).ToList();
            var cases = (await db.PpksCases.AsNoTracking().Where(c => c.ResidentId == resident.ResidentId).ToListAsync(cancellationToken))
                .Where(c => user.MaySeeDetails(c.RecordedBy)).OrderByDescending(c => c.IdentifiedOn).ToList();
            if (user.SeesOwnRecordsOnly() && disabilities.Count == 0 && cases.Count == 0)
            {
                throw new NotFoundException("Resident");
            }

            await db.RecordReadAsync("SocialPersonRecord", resident.ResidentId.ToString(), resident.RegionCode, cancellationToken);
            var caseIds = cases.Select(c => c.Id).ToList();
            var steps = (await db.PpksStatusChanges.AsNoTracking().Where(h => caseIds.Contains(h.CaseId)).ToListAsync(cancellationToken)).ToLookup(h => h.CaseId);
            var all = disabilities.Select(DisabilityDto.From).ToList();
            return new Record(
                resident.ResidentId, resident.Name, resident.HouseholdId, resident.PosyanduId, resident.RegionCode, resident.Alive, all.FirstOrDefault(), all,
                cases.Select(c => PpksCaseDto.From(c, resident.Name, steps[c.Id])).ToList());
        }
    }
}

internal static class GetPersonRecordEndpoint
{
    public static void MapGetPersonRecord(this IEndpointRouteBuilder group) =>
        group.MapGet("/residents/{residentId:guid}", async (Guid residentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPersonRecord(residentId), ct)))
            .WithName("GetSocialPersonRecord")
            .WithSummary("A resident's disability assessments and PPKS cases (Dinas Sosial, DPMD, and the kader who recorded them).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Social, Roles.Dpmd);
}
