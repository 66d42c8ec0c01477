namespace Posyandu.Trantibumlinmas.Features.Protection;

/// <summary>Records a check of equipment: the day, whether it works, and (an APAR refilled) its new expiry.</summary>
public sealed record CheckEquipment(Guid Id, CheckEquipment.Body Check) : ICommand<EquipmentDto>
{
    public sealed record Body(DateOnly? CheckedOn, bool? Working, DateOnly? ExpiresOn);

    internal sealed class Validator : AbstractValidator<CheckEquipment>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Check.CheckedOn).NotNull().WithMessage("checkedOn is required.").MustBePastDay(time).OverridePropertyName("checkedOn");
            RuleFor(v => v.Check.Working).NotNull().WithMessage("working is required.").OverridePropertyName("working");
            RuleFor(v => v.Check.ExpiresOn).MustBeRecordDate().OverridePropertyName("expiresOn");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db, TimeProvider time) : IRequestHandler<CheckEquipment, EquipmentDto>
    {
        public async Task<EquipmentDto> Handle(CheckEquipment request, CancellationToken cancellationToken)
        {
            var equipment = await db.Equipment.SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Equipment");
            var c = request.Check;
            if (c.CheckedOn!.Value < equipment.LastCheckedOn)
            {
                throw new BusinessRuleException($"The equipment was last checked on {equipment.LastCheckedOn:yyyy-MM-dd}: a check is not recorded before it.");
            }

            (equipment.LastCheckedOn, equipment.Working) = (c.CheckedOn.Value, c.Working!.Value);
            equipment.ExpiresOn = c.ExpiresOn ?? equipment.ExpiresOn;
            return EquipmentDto.From(equipment, time.Today());
        }
    }
}

internal static class CheckEquipmentEndpoint
{
    public static void MapCheckEquipment(this IEndpointRouteBuilder group) =>
        group.MapPost("/equipment/{id:guid}/checks", async (Guid id, CheckEquipment.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CheckEquipment(id, body), ct)))
            .WithName("CheckSafetyEquipment")
            .WithSummary("Record a check of fire or early-warning equipment (day, working, new expiry of an APAR).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
