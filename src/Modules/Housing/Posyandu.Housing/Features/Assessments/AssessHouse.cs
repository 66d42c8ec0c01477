using Posyandu.Housing.Features.Spm;

namespace Posyandu.Housing.Features.Assessments;

/// <summary>
/// Records an assessment of a household's house against the RTLH criteria (<see cref="RtlhCriteria"/>): structure,
/// main materials, floor area per occupant, light, ventilation, water and latrine. The verdict and its reasons are
/// computed and stored with it. Without <see cref="Occupants"/> the household's living residents in the registry are
/// counted. A later assessment supersedes an earlier one (<see cref="HouseStatus"/>). Publishes <see cref="HouseAssessed"/>.
/// </summary>
public sealed record AssessHouse : ICommand<HouseAssessment>
{
    /// <summary>The request body: what the surveyor saw (the route gives the household, the clock gives today).</summary>
    /// <param name="Occupants">People living in the house; when absent, the household's living residents in the registry.</param>
    public sealed record Body(
        DateOnly AssessedOn, StructureCondition? Foundation, StructureCondition? ColumnsAndBeams, StructureCondition? RoofStructure,
        RoofMaterial? RoofMaterial, WallMaterial? WallMaterial, FloorMaterial? FloorMaterial, decimal? FloorAreaM2, int? Occupants,
        bool? AdequateNaturalLighting, bool? AdequateVentilation, WaterAccess? Water, LatrineAccess? Latrine, string? Note);

    public Guid HouseholdId { get; init; }

    /// <summary>Today in WITA, set by the endpoint.</summary>
    public DateOnly Today { get; init; }

    public DateOnly AssessedOn { get; init; }

    public StructureCondition? Foundation { get; init; }

    public StructureCondition? ColumnsAndBeams { get; init; }

    public StructureCondition? RoofStructure { get; init; }

    public RoofMaterial? RoofMaterial { get; init; }

    public WallMaterial? WallMaterial { get; init; }

    public FloorMaterial? FloorMaterial { get; init; }

    public decimal? FloorAreaM2 { get; init; }

    /// <summary>People living in the house; when absent, the household's living residents in the registry.</summary>
    public int? Occupants { get; init; }

    public bool? AdequateNaturalLighting { get; init; }

    public bool? AdequateVentilation { get; init; }

    public WaterAccess? Water { get; init; }

    public LatrineAccess? Latrine { get; init; }

    public string? Note { get; init; }

    internal sealed class Validator : AbstractValidator<AssessHouse>
    {
        public Validator()
        {
            RuleFor(v => v.AssessedOn).NotEqual(default(DateOnly)).WithMessage("assessedOn is required.");
            RuleFor(v => v.AssessedOn).Must((v, day) => day <= v.Today).WithMessage("assessedOn cannot be in the future.");
            RuleFor(v => v.Foundation).NotNull().WithMessage(ApiNames.OneOf<StructureCondition>("foundation"));
            RuleFor(v => v.ColumnsAndBeams).NotNull().WithMessage(ApiNames.OneOf<StructureCondition>("columnsAndBeams"));
            RuleFor(v => v.RoofStructure).NotNull().WithMessage(ApiNames.OneOf<StructureCondition>("roofStructure"));
            RuleFor(v => v.RoofMaterial).NotNull().WithMessage(ApiNames.OneOf<RoofMaterial>("roofMaterial"));
            RuleFor(v => v.WallMaterial).NotNull().WithMessage(ApiNames.OneOf<WallMaterial>("wallMaterial"));
            RuleFor(v => v.FloorMaterial).NotNull().WithMessage(ApiNames.OneOf<FloorMaterial>("floorMaterial"));
            RuleFor(v => v.FloorAreaM2).NotNull().WithMessage("floorAreaM2 is required.")
                .GreaterThan(0).WithMessage("floorAreaM2 must be more than 0.")
                .LessThanOrEqualTo(HouseAssessment.MaxFloorAreaM2).WithMessage($"floorAreaM2 above {HouseAssessment.MaxFloorAreaM2:0} m² is not a dwelling; check the measurement.")
                .Must(a => a is null || decimal.Round(a.Value, 2) == a.Value).WithMessage("floorAreaM2 has at most two decimals.");
            RuleFor(v => v.Occupants).InclusiveBetween(1, HouseAssessment.MaxOccupants)
                .WithMessage($"occupants is 1–{HouseAssessment.MaxOccupants} (leave it out to count the registry's residents).").When(v => v.Occupants is not null);
            RuleFor(v => v.AdequateNaturalLighting).NotNull().WithMessage("adequateNaturalLighting is required (true or false).");
            RuleFor(v => v.AdequateVentilation).NotNull().WithMessage("adequateVentilation is required (true or false).");
            RuleFor(v => v.Water).NotNull().WithMessage(ApiNames.OneOf<WaterAccess>("water"));
            RuleFor(v => v.Latrine).NotNull().WithMessage(ApiNames.OneOf<LatrineAccess>("latrine"));
            RuleFor(v => v.Note).MaximumLength(1000);
        }
    }

    internal sealed class Handler(HousingDbContext db, TimeProvider time) : IRequestHandler<AssessHouse, HouseAssessment>
    {
        public async Task<HouseAssessment> Handle(AssessHouse request, CancellationToken cancellationToken)
        {
            // An assessment may predate the household's registration here: RTLH surveys (the village's data, BSPS
            // verification) are often older than the platform, and the house stood before it was registered.
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);

            // Unscoped: the household is visible to the caller, and all its residents live at its Posyandu.
            var occupants = request.Occupants ?? await db.Residents.IgnoreQueryFilters()
                .CountAsync(r => r.HouseholdId == household.HouseholdId && r.Alive, cancellationToken);
            if (occupants < 1)
            {
                throw RequestValidationException.For("occupants", "The registry lists no living resident in this household: give the number of occupants.");
            }

            var verdict = RtlhCriteria.Judge(new HouseCondition(
                request.Foundation!.Value, request.ColumnsAndBeams!.Value, request.RoofStructure!.Value,
                request.RoofMaterial!.Value, request.WallMaterial!.Value, request.FloorMaterial!.Value,
                request.FloorAreaM2!.Value, occupants,
                request.AdequateNaturalLighting!.Value, request.AdequateVentilation!.Value, request.Water!.Value, request.Latrine!.Value));
            var assessment = new HouseAssessment
            {
                Id = Guid.CreateVersion7(), HouseholdId = household.HouseholdId, PosyanduId = household.PosyanduId, RegionCode = household.RegionCode,
                AssessedOn = request.AssessedOn, RecordedAt = time.GetUtcNow().UtcDateTime,
                Foundation = request.Foundation.Value, ColumnsAndBeams = request.ColumnsAndBeams.Value, RoofStructure = request.RoofStructure.Value,
                RoofMaterial = request.RoofMaterial.Value, WallMaterial = request.WallMaterial.Value, FloorMaterial = request.FloorMaterial.Value,
                FloorAreaM2 = request.FloorAreaM2.Value, Occupants = occupants, OccupantsFromRegistry = request.Occupants is null,
                AreaPerPersonM2 = verdict.AreaPerPersonM2,
                AdequateNaturalLighting = request.AdequateNaturalLighting.Value, AdequateVentilation = request.AdequateVentilation.Value,
                Water = request.Water.Value, Latrine = request.Latrine.Value,
                IsRtlh = verdict.IsRtlh, Reasons = [.. verdict.Reasons],
                MeetsBuildingSafety = verdict.MeetsBuildingSafety, MeetsMinimumArea = verdict.MeetsMinimumArea, MeetsOccupantHealth = verdict.MeetsOccupantHealth,
                Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            };
            db.Assessments.Add(assessment);
            db.Publish(new HouseAssessed(
                assessment.Id, household.HouseholdId, household.PosyanduId, household.RegionCode, assessment.AssessedOn, assessment.IsRtlh,
                [.. assessment.Reasons], Period.Of(assessment.AssessedOn).ToString(), assessment.RecordedAt));
            await db.ReportHouseAsync(household.HouseholdId, cancellationToken);
            return assessment;
        }
    }
}

internal static class AssessHouseEndpoint
{
    public static void MapAssessHouse(this IEndpointRouteBuilder group) =>
        group.MapPost("/households/{householdId:guid}/assessments",
                async (Guid householdId, AssessHouse.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var assessment = await mediator.Send(new AssessHouse
                    {
                        HouseholdId = householdId, Today = time.Today(), AssessedOn = body.AssessedOn,
                        Foundation = body.Foundation, ColumnsAndBeams = body.ColumnsAndBeams, RoofStructure = body.RoofStructure,
                        RoofMaterial = body.RoofMaterial, WallMaterial = body.WallMaterial, FloorMaterial = body.FloorMaterial,
                        FloorAreaM2 = body.FloorAreaM2, Occupants = body.Occupants,
                        AdequateNaturalLighting = body.AdequateNaturalLighting, AdequateVentilation = body.AdequateVentilation,
                        Water = body.Water, Latrine = body.Latrine, Note = body.Note,
                    }, ct);
                    return TypedResults.Created($"/api/housing/households/{householdId}", HouseAssessmentDto.From(assessment));
                })
            .WithName("AssessHouse")
            .WithSummary("Assess a household's house against the RTLH criteria (structure, materials, floor area per person, light, ventilation, water, latrine); the verdict and its reasons are stored.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Housing);
}
