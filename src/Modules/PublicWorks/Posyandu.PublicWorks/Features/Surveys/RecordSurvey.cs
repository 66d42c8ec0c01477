using Posyandu.PublicWorks.Features.Spm;

namespace Posyandu.PublicWorks.Features.Surveys;

/// <summary>
/// Records a survey of a household's water and sanitation: drinking-water source (with the distance of a well or spring
/// to the nearest septic point), daily water use and collection time, toilet, septic emptying, wastewater, waste and the
/// STBM practices. The verdict — layak water, the JMP sanitation rung, the STBM pillars — comes from
/// <see cref="WaterSanitationRule"/> and is stored with its reasons. Without <c>members</c> the household's living
/// residents in the registry are counted. A later survey supersedes an earlier one. Publishes
/// <see cref="HouseholdWaterSanitationSurveyed"/> and the household's and village's SPM contributions.
/// </summary>
public sealed record RecordSurvey(Guid HouseholdId, RecordSurvey.Body Survey, DateOnly Today) : ICommand<WaterSanitationSurvey>
{
    /// <param name="SourceToSepticMeters">Required for a bore well, protected dug well or protected spring.</param>
    /// <param name="WaterLitresPerDay">The household's daily water use, litres.</param>
    /// <param name="Members">People in the household; when absent, its living residents in the registry.</param>
    /// <param name="CollectionMinutes">Round trip to fetch water, queueing included (0: on the premises).</param>
    /// <param name="SepticLastEmptiedOn">When the septic tank was last emptied; leave out when never or unknown.</param>
    public sealed record Body(
        DateOnly SurveyedOn, WaterSource? WaterSource, decimal? SourceToSepticMeters, int? WaterLitresPerDay, int? Members, int? CollectionMinutes,
        ToiletFacility? Toilet, bool? ToiletShared, DateOnly? SepticLastEmptiedOn, WastewaterDisposal? Wastewater, WasteHandling? Waste,
        bool? HandwashingWithSoap, bool? DrinkingWaterTreated, string? Note);

    internal sealed class Validator : AbstractValidator<RecordSurvey>
    {
        public Validator()
        {
            RuleFor(v => v.Survey.SurveyedOn).NotEqual(default(DateOnly)).WithMessage("surveyedOn is required.")
                .MustBeRecordDate().OverridePropertyName("surveyedOn");
            RuleFor(v => v.Survey.SurveyedOn).Must((v, day) => day <= v.Today).WithMessage("surveyedOn cannot be in the future.").OverridePropertyName("surveyedOn");
            RuleFor(v => v.Survey.WaterSource).NotNull().WithMessage(ApiNames.OneOf<WaterSource>("waterSource")).OverridePropertyName("waterSource");
            RuleFor(v => v.Survey.SourceToSepticMeters).NotNull()
                .When(v => v.Survey.WaterSource is { } source && WaterSanitationRule.NeedsSepticDistance(source))
                .WithMessage("sourceToSepticMeters is required for a well or spring (the distance to the nearest septic tank or pit).")
                .OverridePropertyName("sourceToSepticMeters");
            RuleFor(v => v.Survey.SourceToSepticMeters).InclusiveBetween(0, WaterSanitationSurvey.MaxSepticDistanceMeters)
                .When(v => v.Survey.SourceToSepticMeters is not null)
                .WithMessage($"sourceToSepticMeters is 0–{WaterSanitationSurvey.MaxSepticDistanceMeters:0} m.").OverridePropertyName("sourceToSepticMeters");
            RuleFor(v => v.Survey.SourceToSepticMeters).Must(m => m is null || decimal.Round(m.Value, 1) == m.Value)
                .WithMessage("sourceToSepticMeters has at most one decimal.").OverridePropertyName("sourceToSepticMeters");
            RuleFor(v => v.Survey.WaterLitresPerDay).NotNull().WithMessage("waterLitresPerDay is required.")
                .InclusiveBetween(0, WaterSanitationSurvey.MaxLitresPerDay).WithMessage($"waterLitresPerDay is 0–{WaterSanitationSurvey.MaxLitresPerDay}.")
                .OverridePropertyName("waterLitresPerDay");
            RuleFor(v => v.Survey.Members).InclusiveBetween(1, WaterSanitationSurvey.MaxMembers).When(v => v.Survey.Members is not null)
                .WithMessage($"members is 1–{WaterSanitationSurvey.MaxMembers} (leave it out to count the registry's residents).").OverridePropertyName("members");
            RuleFor(v => v.Survey.CollectionMinutes).NotNull().WithMessage("collectionMinutes is required (0 when the source is on the premises).")
                .InclusiveBetween(0, WaterSanitationSurvey.MaxCollectionMinutes).WithMessage($"collectionMinutes is 0–{WaterSanitationSurvey.MaxCollectionMinutes}.")
                .OverridePropertyName("collectionMinutes");
            RuleFor(v => v.Survey.Toilet).NotNull().WithMessage(ApiNames.OneOf<ToiletFacility>("toilet")).OverridePropertyName("toilet");
            RuleFor(v => v.Survey.ToiletShared).NotNull().WithMessage("toiletShared is required (true or false).").OverridePropertyName("toiletShared");
            RuleFor(v => v.Survey.SepticLastEmptiedOn).MustBeRecordDate().OverridePropertyName("septicLastEmptiedOn");
            RuleFor(v => v.Survey.SepticLastEmptiedOn).Must((v, day) => day is null || day <= v.Survey.SurveyedOn)
                .WithMessage("septicLastEmptiedOn cannot be after the survey.").OverridePropertyName("septicLastEmptiedOn");
            RuleFor(v => v.Survey.Wastewater).NotNull().WithMessage(ApiNames.OneOf<WastewaterDisposal>("wastewater")).OverridePropertyName("wastewater");
            RuleFor(v => v.Survey.Waste).NotNull().WithMessage(ApiNames.OneOf<WasteHandling>("waste")).OverridePropertyName("waste");
            RuleFor(v => v.Survey.HandwashingWithSoap).NotNull().WithMessage("handwashingWithSoap is required (true or false).").OverridePropertyName("handwashingWithSoap");
            RuleFor(v => v.Survey.DrinkingWaterTreated).NotNull().WithMessage("drinkingWaterTreated is required (true or false).").OverridePropertyName("drinkingWaterTreated");
            RuleFor(v => v.Survey.Note).MaximumLength(1000).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(PublicWorksDbContext db, TimeProvider time) : IRequestHandler<RecordSurvey, WaterSanitationSurvey>
    {
        public async Task<WaterSanitationSurvey> Handle(RecordSurvey request, CancellationToken cancellationToken)
        {
            // A survey may predate the household's registration here: STBM and PAMSIMAS baselines are older than the platform.
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);
            var s = request.Survey;
            var members = s.Members ?? await db.MembersAsync(household.HouseholdId, cancellationToken);
            if (members < 1)
            {
                throw RequestValidationException.For("members", "The registry lists no living resident in this household: give the number of members.");
            }

            var survey = WaterSanitationSurvey.Record(household, new HouseholdConditions(
                s.SurveyedOn, s.WaterSource!.Value, WaterSanitationRule.NeedsSepticDistance(s.WaterSource.Value) ? s.SourceToSepticMeters : null,
                s.WaterLitresPerDay!.Value, members, s.CollectionMinutes!.Value,
                s.Toilet!.Value, s.ToiletShared!.Value, s.SepticLastEmptiedOn, s.Wastewater!.Value, s.Waste!.Value,
                s.HandwashingWithSoap!.Value, s.DrinkingWaterTreated!.Value), s.Members is null, s.Note, time.GetUtcNow().UtcDateTime);
            db.Surveys.Add(survey);
            db.Publish(new HouseholdWaterSanitationSurveyed(
                survey.Id, survey.HouseholdId, survey.PosyanduId, survey.RegionCode, survey.SurveyedOn,
                survey.WaterLayak, [.. survey.WaterReasons], survey.Sanitation.ToApi(), survey.SanitationLayak, [.. survey.SanitationReasons],
                survey.OpenDefecation, [.. survey.StbmPillarsMet], Period.Of(survey.SurveyedOn).ToString(), survey.RecordedAt));
            await db.ReportHouseholdAsync(survey.HouseholdId, cancellationToken);
            await db.ReportVillageAsync(survey.RegionCode, cancellationToken);
            return survey;
        }
    }
}

internal static class RecordSurveyEndpoint
{
    public static void MapRecordSurvey(this IEndpointRouteBuilder group) =>
        group.MapPost("/households/{householdId:guid}/surveys",
                async (Guid householdId, RecordSurvey.Body body, TimeProvider time, IMediator mediator, CancellationToken ct) =>
                {
                    var survey = await mediator.Send(new RecordSurvey(householdId, body, time.Today()), ct);
                    return TypedResults.Created($"/api/{PublicWorksModule.ModuleName}/households/{householdId}", SurveyDto.From(survey));
                })
            .WithName("RecordWaterSanitationSurvey")
            .WithSummary("Survey a household's drinking water (source, septic distance, litres per person, collection time), sanitation (toilet, sharing, septic emptying, wastewater), waste and STBM practices; the layak verdict, the JMP rung and the STBM pillars are stored with their reasons.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.PublicWorks);
}
