namespace Posyandu.Trantibumlinmas.Features.Protection;

/// <summary>Adds fire or early-warning equipment of a village (APAR, smoke detector, alarm, EWS siren, kentongan) with its last check.</summary>
public sealed record AddEquipment(string Village, AddEquipment.Body Equipment) : ICommand<EquipmentDto>
{
    public sealed record Body(EquipmentKind? Kind, string? Location, int? Quantity, DateOnly? LastCheckedOn, bool? Working, DateOnly? ExpiresOn);

    internal sealed class Validator : AbstractValidator<AddEquipment>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Equipment.Kind).NotNull().WithMessage(ApiNames.OneOf<EquipmentKind>("kind")).OverridePropertyName("kind");
            RuleFor(v => v.Equipment.Location).NotEmpty().WithMessage("location is required.").MaximumLength(SafetyEquipment.MaxLocation).OverridePropertyName("location");
            RuleFor(v => v.Equipment.Quantity).NotNull().InclusiveBetween(1, 10_000).OverridePropertyName("quantity");
            RuleFor(v => v.Equipment.LastCheckedOn).NotNull().WithMessage("lastCheckedOn is required.").MustBePastDay(time).OverridePropertyName("lastCheckedOn");
            RuleFor(v => v.Equipment.ExpiresOn).MustBeRecordDate().OverridePropertyName("expiresOn");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db, TimeProvider time) : IRequestHandler<AddEquipment, EquipmentDto>
    {
        public async Task<EquipmentDto> Handle(AddEquipment request, CancellationToken cancellationToken)
        {
            var (village, _) = await db.VillageAsync(request.Village, cancellationToken);
            var e = request.Equipment;
            var equipment = new SafetyEquipment
            {
                Id = Guid.CreateVersion7(), RegionCode = village, Kind = e.Kind!.Value, Location = e.Location!.Trim(), Quantity = e.Quantity!.Value,
                LastCheckedOn = e.LastCheckedOn!.Value, Working = e.Working ?? true, ExpiresOn = e.ExpiresOn,
            };
            db.Equipment.Add(equipment);
            return EquipmentDto.From(equipment, time.Today());
        }
    }
}

internal static class AddEquipmentEndpoint
{
    public static void MapAddEquipment(this IEndpointRouteBuilder group) =>
        group.MapPost("/villages/{village}/equipment", async (string village, AddEquipment.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new AddEquipment(village, body), ct);
                return TypedResults.Created($"/api/{TrantibumlinmasModule.ModuleName}/villages/{created.RegionCode}/protection", created);
            })
            .WithName("AddSafetyEquipment")
            .WithSummary("Add fire or early-warning equipment of a village (apar, detektorAsap, alarmKebakaran, sirineEws, kentongan) with where it is and its last check.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
