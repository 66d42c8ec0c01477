using Posyandu.Trantibumlinmas.Features.Spm;

namespace Posyandu.Trantibumlinmas.Features.Preparedness;

/// <summary>
/// Records hazard information given to a village's residents — the SPM sub-service "informasi rawan bencana"
/// (Permendagri 101/2018): a hazard recorded for the village, when, how, and how many households it reached. The village
/// then counts as informed for twelve months (scorecard <c>trantib-informasi</c>).
/// </summary>
public sealed record RecordHazardInformation(string Village, RecordHazardInformation.Body Information) : ICommand<HazardInformationDto>
{
    public sealed record Body(string? Hazard, DateOnly? GivenOn, InformationMethod? Method, int? HouseholdsReached);

    internal sealed class Validator : AbstractValidator<RecordHazardInformation>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Information.Hazard).NotEmpty().WithMessage("hazard is required.").MaximumLength(40).OverridePropertyName("hazard");
            RuleFor(v => v.Information.GivenOn).NotNull().WithMessage("givenOn is required.").MustBePastDay(time).OverridePropertyName("givenOn");
            RuleFor(v => v.Information.Method).NotNull().WithMessage(ApiNames.OneOf<InformationMethod>("method")).OverridePropertyName("method");
            RuleFor(v => v.Information.HouseholdsReached).NotNull().InclusiveBetween(0, 100_000).OverridePropertyName("householdsReached");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<RecordHazardInformation, HazardInformationDto>
    {
        public async Task<HazardInformationDto> Handle(RecordHazardInformation request, CancellationToken cancellationToken)
        {
            var (village, _) = await db.VillageAsync(request.Village, cancellationToken);
            var i = request.Information;
            if (!await db.Hazards.AnyAsync(h => h.RegionCode == village && h.Hazard == i.Hazard, cancellationToken))
            {
                throw new BusinessRuleException($"Record the hazard {i.Hazard} for the village first: information is about a hazard the village is exposed to.");
            }

            var given = new HazardInformation
            {
                Id = Guid.CreateVersion7(), RegionCode = village, Hazard = i.Hazard!, GivenOn = i.GivenOn!.Value, Method = i.Method!.Value,
                HouseholdsReached = i.HouseholdsReached!.Value,
            };
            db.HazardInformation.Add(given);
            await db.ReportVillageAsync(village, cancellationToken);
            return HazardInformationDto.From(given);
        }
    }
}

internal static class RecordHazardInformationEndpoint
{
    public static void MapRecordHazardInformation(this IEndpointRouteBuilder group) =>
        group.MapPost("/villages/{village}/hazard-information", async (string village, RecordHazardInformation.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new RecordHazardInformation(village, body), ct);
                return TypedResults.Created($"/api/{TrantibumlinmasModule.ModuleName}/villages/{created.RegionCode}/preparedness", created);
            })
            .WithName("RecordHazardInformation")
            .WithSummary("Record hazard information given to the village's residents (SPM informasi rawan bencana, Permendagri 101/2018): hazard, day, method, households reached.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
