using Posyandu.PublicWorks.Features.Surveys;

namespace Posyandu.PublicWorks.Features.Households;

/// <summary>
/// A household's water and sanitation record: every survey (newest first, the one in force marked) and what the
/// household is today — layak water or not, the sanitation rung, the STBM pillars. Never surveyed: "belum disurvei",
/// with no verdict at all.
/// </summary>
public sealed record GetWaterSanitationRecord(Guid HouseholdId, DateOnly Today) : IQuery<GetWaterSanitationRecord.Record>
{
    public sealed record Survey(bool InForce, SurveyDto Details);

    /// <param name="Water">Today's drinking water: <c>layak</c>, <c>tidakLayak</c> or <c>belumDisurvei</c>.</param>
    /// <param name="Sanitation">Today's sanitation: <c>layak</c>, <c>tidakLayak</c> or <c>belumDisurvei</c>.</param>
    /// <param name="SanitationRung">The JMP rung in force; null until surveyed.</param>
    /// <param name="OpenDefecation">Null until surveyed.</param>
    public sealed record Record(
        Guid HouseholdId, Guid PosyanduId, string RegionCode, DateOnly RegisteredOn, int RegisteredMembers, DateOnly AsOf,
        SurveyVerdict Water, SurveyVerdict Sanitation, SanitationRung? SanitationRung, bool? OpenDefecation,
        IReadOnlyList<string> StbmPillarsMet, Guid? SurveyInForceId, IReadOnlyList<Survey> Surveys);

    internal sealed class Handler(PublicWorksDbContext db) : IRequestHandler<GetWaterSanitationRecord, Record>
    {
        public async Task<Record> Handle(GetWaterSanitationRecord request, CancellationToken cancellationToken)
        {
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);
            await db.RecordReadAsync("WaterSanitationRecord", household.HouseholdId.ToString(), household.RegionCode, cancellationToken);
            var surveys = await db.Surveys.AsNoTracking().Where(s => s.HouseholdId == household.HouseholdId).ToListAsync(cancellationToken);
            var members = await db.MembersAsync(household.HouseholdId, cancellationToken);
            var current = SurveyStatus.InForce(request.Today, surveys);
            return new Record(
                household.HouseholdId, household.PosyanduId, household.RegionCode, household.RegisteredOn, members, request.Today,
                SurveyVerdicts.Water(current), SurveyVerdicts.Sanitation(current), current?.Sanitation, current?.OpenDefecation,
                current is null ? [] : [.. current.StbmPillarsMet], current?.Id,
                surveys.OrderByDescending(s => s.SurveyedOn).ThenByDescending(s => s.RecordedAt)
                    .Select(s => new Survey(s.Id == current?.Id, SurveyDto.From(s))).ToList());
        }
    }
}

internal static class GetWaterSanitationRecordEndpoint
{
    public static void MapGetWaterSanitationRecord(this IEndpointRouteBuilder group) =>
        group.MapGet("/households/{householdId:guid}", async (Guid householdId, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWaterSanitationRecord(householdId, time.Today()), ct)))
            .WithName("GetWaterSanitationRecord")
            .WithSummary("A household's water and sanitation record: surveys (newest first, the one in force marked) and today's verdicts — layak, tidakLayak or belumDisurvei.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(PublicWorksRules.Readers);
}
