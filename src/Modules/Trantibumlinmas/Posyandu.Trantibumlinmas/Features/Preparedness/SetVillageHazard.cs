using Posyandu.Trantibumlinmas.Catalogue;
using Posyandu.Trantibumlinmas.Features.Spm;

namespace Posyandu.Trantibumlinmas.Features.Preparedness;

/// <summary>
/// Records (or reassesses) a hazard a village is exposed to — a hazard of the catalogue with its risk level (kajian
/// risiko bencana desa). The village counts among "villages with hazards" from the first time one is recorded.
/// </summary>
public sealed record SetVillageHazard(string Village, string Hazard, SetVillageHazard.Body Assessment) : ICommand<VillageHazardDto>
{
    public sealed record Body(RiskLevel? RiskLevel, DateOnly? AssessedOn, string? Note);

    internal sealed class Validator : AbstractValidator<SetVillageHazard>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Hazard).Must(TrantibCatalogue.Current.IsHazard)
                .WithMessage($"hazard must be one of: {string.Join(", ", TrantibCatalogue.Current.Hazards.Select(h => h.Code))}.");
            RuleFor(v => v.Assessment.RiskLevel).NotNull().WithMessage(ApiNames.OneOf<RiskLevel>("riskLevel")).OverridePropertyName("riskLevel");
            RuleFor(v => v.Assessment.AssessedOn).NotNull().WithMessage("assessedOn is required.").MustBePastDay(time).OverridePropertyName("assessedOn");
            RuleFor(v => v.Assessment.Note).MaximumLength(500).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<SetVillageHazard, VillageHazardDto>
    {
        public async Task<VillageHazardDto> Handle(SetVillageHazard request, CancellationToken cancellationToken)
        {
            var (village, _) = await db.VillageAsync(request.Village, cancellationToken);
            var a = request.Assessment;
            var hazard = await db.Hazards.SingleOrDefaultAsync(h => h.RegionCode == village && h.Hazard == request.Hazard, cancellationToken);
            if (hazard is null)
            {
                hazard = new VillageHazard { Id = Guid.CreateVersion7(), RegionCode = village, Hazard = request.Hazard, FirstAssessedOn = a.AssessedOn!.Value };
                db.Hazards.Add(hazard);
            }

            hazard.RiskLevel = a.RiskLevel!.Value;
            hazard.AssessedOn = a.AssessedOn!.Value;
            hazard.Note = string.IsNullOrWhiteSpace(a.Note) ? null : a.Note.Trim();
            await db.ReportVillageAsync(village, cancellationToken);
            return VillageHazardDto.From(hazard);
        }
    }
}

internal static class SetVillageHazardEndpoint
{
    public static void MapSetVillageHazard(this IEndpointRouteBuilder group) =>
        group.MapPut("/villages/{village}/hazards/{hazard}", async (string village, string hazard, SetVillageHazard.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetVillageHazard(village, hazard, body), ct)))
            .WithName("SetVillageHazard")
            .WithSummary("Record or reassess a hazard of the catalogue a village is exposed to, with its risk level (rendah, sedang, tinggi).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
