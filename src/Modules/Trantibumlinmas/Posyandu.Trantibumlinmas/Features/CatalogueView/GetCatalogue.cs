using Posyandu.Trantibumlinmas.Catalogue;

namespace Posyandu.Trantibumlinmas.Features.CatalogueView;

/// <summary>The sector's catalogue as data: incident types (group, sensitive, hours to handle, escalated to), their groups, hazards, and the regulations cited.</summary>
public sealed record GetCatalogue : IQuery<GetCatalogue.View>
{
    public sealed record View(IReadOnlyList<string> Sources, IReadOnlyList<IncidentGroup> Groups, IReadOnlyList<IncidentType> IncidentTypes, IReadOnlyList<Hazard> Hazards);

    internal sealed class Handler : IRequestHandler<GetCatalogue, View>
    {
        public Task<View> Handle(GetCatalogue request, CancellationToken cancellationToken)
        {
            var c = TrantibCatalogue.Current;
            return Task.FromResult(new View(c.Sources, c.Groups, c.IncidentTypes, c.Hazards));
        }
    }
}

internal static class GetCatalogueEndpoint
{
    public static void MapGetCatalogue(this IEndpointRouteBuilder group) =>
        group.MapGet("/catalogue", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCatalogue(), ct)))
            .WithName("GetTrantibumlinmasCatalogue")
            .WithSummary("Incident types (group, sensitive, hours to handle, escalated to), groups and hazards, with the regulations they come from.")
            .RequireAnyRole();
}
