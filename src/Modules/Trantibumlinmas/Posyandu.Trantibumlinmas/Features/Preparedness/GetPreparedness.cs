using Posyandu.Trantibumlinmas.Features.Spm;

namespace Posyandu.Trantibumlinmas.Features.Preparedness;

public sealed record VillageHazardDto(Guid Id, string RegionCode, string Hazard, RiskLevel RiskLevel, DateOnly AssessedOn, DateOnly FirstAssessedOn, string? Note)
{
    internal static VillageHazardDto From(VillageHazard h) => new(h.Id, h.RegionCode, h.Hazard, h.RiskLevel, h.AssessedOn, h.FirstAssessedOn, h.Note);
}

public sealed record HazardInformationDto(Guid Id, string RegionCode, string Hazard, DateOnly GivenOn, InformationMethod Method, int HouseholdsReached)
{
    internal static HazardInformationDto From(HazardInformation h) => new(h.Id, h.RegionCode, h.Hazard, h.GivenOn, h.Method, h.HouseholdsReached);
}

public sealed record EvacuationPointDto(Guid Id, string RegionCode, string Name, double Latitude, double Longitude, int Capacity)
{
    internal static EvacuationPointDto From(EvacuationPoint p) => new(p.Id, p.RegionCode, p.Name, p.Latitude, p.Longitude, p.Capacity);
}

/// <summary>A KIE session on kesiapsiagaan held at one of the village's Posyandu (from GeneralEducation's events).</summary>
public sealed record PreparednessSessionDto(Guid ActivityId, Guid PosyanduId, DateOnly Date, string Topic, int Attendees);

/// <summary>
/// A village's disaster preparedness: its hazards, the hazard information given (and whether the village is informed
/// today: given in the last twelve months), its evacuation points and the KIE sessions on kesiapsiagaan held there.
/// </summary>
public sealed record GetPreparedness(string Village) : IQuery<GetPreparedness.Result>
{
    public sealed record Result(
        string RegionCode, bool Informed, IReadOnlyList<VillageHazardDto> Hazards, IReadOnlyList<HazardInformationDto> Information,
        IReadOnlyList<EvacuationPointDto> EvacuationPoints, IReadOnlyList<PreparednessSessionDto> Sessions);

    internal sealed class Handler(TrantibumlinmasDbContext db, TimeProvider time) : IRequestHandler<GetPreparedness, Result>
    {
        public async Task<Result> Handle(GetPreparedness request, CancellationToken cancellationToken)
        {
            var (village, _) = await db.VillageAsync(request.Village, cancellationToken);
            var hazards = await db.Hazards.AsNoTracking().Where(h => h.RegionCode == village).OrderBy(h => h.Hazard).ToListAsync(cancellationToken);
            var information = await db.HazardInformation.AsNoTracking().Where(h => h.RegionCode == village).OrderByDescending(h => h.GivenOn).ToListAsync(cancellationToken);
            var points = await db.EvacuationPoints.AsNoTracking().Where(p => p.RegionCode == village).OrderBy(p => p.Name).ToListAsync(cancellationToken);
            // The village's Posyandu days: sessions of Posyandu the caller may see (a kader: their own).
            var sessions = await db.PreparednessSessions.AsNoTracking().Where(s => s.RegionCode == village).OrderByDescending(s => s.Date).Take(100)
                .Select(s => new PreparednessSessionDto(s.ActivityId, s.PosyanduId, s.Date, s.Topic, s.Attendees)).ToListAsync(cancellationToken);
            var since = Period.Of(time.Today()).AddMonths(1 - TrantibumlinmasContributions.InformedMonths).FirstDay;
            return new Result(village, information.Any(i => i.GivenOn >= since), [.. hazards.Select(VillageHazardDto.From)],
                [.. information.Select(HazardInformationDto.From)], [.. points.Select(EvacuationPointDto.From)], sessions);
        }
    }
}

internal static class GetPreparednessEndpoint
{
    public static void MapGetPreparedness(this IEndpointRouteBuilder group) =>
        group.MapGet("/villages/{village}/preparedness", async (string village, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPreparedness(village), ct)))
            .WithName("GetVillagePreparedness")
            .WithSummary("A village's disaster preparedness: hazards, hazard information given (informed in the last 12 months?), evacuation points, KIE sessions on kesiapsiagaan.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorReaders(Roles.Trantibumlinmas, Roles.Dpmd, Roles.Desa)
            .VillageWide();
}
