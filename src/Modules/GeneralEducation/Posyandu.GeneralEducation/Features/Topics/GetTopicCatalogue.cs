using Posyandu.GeneralEducation.Catalogue;

namespace Posyandu.GeneralEducation.Features.Topics;

/// <summary>The KIE topic catalogue (kept as data, <c>Catalogue/topics.json</c>): sector tags and topics, with the sources.</summary>
public sealed record GetTopicCatalogue : IQuery<GetTopicCatalogue.View>
{
    public sealed record View(IReadOnlyList<string> Sources, IReadOnlyList<SectorTag> Sectors, IReadOnlyList<Topic> Topics);

    internal sealed class Handler : IRequestHandler<GetTopicCatalogue, View>
    {
        public Task<View> Handle(GetTopicCatalogue request, CancellationToken cancellationToken)
        {
            var catalogue = TopicCatalogue.Current;
            return Task.FromResult(new View(catalogue.Sources, catalogue.Sectors, catalogue.Topics));
        }
    }
}

internal static class GetTopicCatalogueEndpoint
{
    public static void MapGetTopicCatalogue(this IEndpointRouteBuilder group) =>
        group.MapGet("/topics", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetTopicCatalogue(), ct)))
            .WithName("GetGeneralEducationTopics")
            .WithSummary("The community-education (KIE) topic catalogue with its sector tags (kesehatan & gizi, PHBS & lingkungan, …).")
            .RequireAnyRole();
}
