namespace Posyandu.Trantibumlinmas.Features.Preparedness;

/// <summary>Adds an evacuation point (titik kumpul, tempat evakuasi sementara) of a village: its name, WGS84 point inside Indonesia and capacity.</summary>
public sealed record AddEvacuationPoint(string Village, AddEvacuationPoint.Body Point) : ICommand<EvacuationPointDto>
{
    public sealed record Body(string? Name, double? Latitude, double? Longitude, int? Capacity);

    internal sealed class Validator : AbstractValidator<AddEvacuationPoint>
    {
        public Validator()
        {
            RuleFor(v => v.Point.Name).NotEmpty().WithMessage("name is required.").MaximumLength(EvacuationPoint.MaxName).OverridePropertyName("name");
            RuleFor(v => v.Point.Latitude).NotNull().WithMessage("latitude is required.").MustBeLatitude().OverridePropertyName("latitude");
            RuleFor(v => v.Point.Longitude).NotNull().WithMessage("longitude is required.").MustBeLongitude().OverridePropertyName("longitude");
            RuleFor(v => v.Point.Capacity).NotNull().InclusiveBetween(1, 100_000).OverridePropertyName("capacity");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<AddEvacuationPoint, EvacuationPointDto>
    {
        public async Task<EvacuationPointDto> Handle(AddEvacuationPoint request, CancellationToken cancellationToken)
        {
            var (village, _) = await db.VillageAsync(request.Village, cancellationToken);
            var p = request.Point;
            var point = new EvacuationPoint
            {
                Id = Guid.CreateVersion7(), RegionCode = village, Name = p.Name!.Trim(), Latitude = p.Latitude!.Value, Longitude = p.Longitude!.Value, Capacity = p.Capacity!.Value,
            };
            db.EvacuationPoints.Add(point);
            return EvacuationPointDto.From(point);
        }
    }
}

internal static class AddEvacuationPointEndpoint
{
    public static void MapAddEvacuationPoint(this IEndpointRouteBuilder group) =>
        group.MapPost("/villages/{village}/evacuation-points", async (string village, AddEvacuationPoint.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new AddEvacuationPoint(village, body), ct);
                return TypedResults.Created($"/api/{TrantibumlinmasModule.ModuleName}/villages/{created.RegionCode}/preparedness", created);
            })
            .WithName("AddEvacuationPoint")
            .WithSummary("Add an evacuation point of a village (name, WGS84 point, capacity).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
