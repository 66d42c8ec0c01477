namespace Posyandu.Social.Features.Catalogues;

/// <summary>The sector's data lists: PPKS types (Permensos 08/2012), SPM Sosial services, programmes, left-out weights, with their sources.</summary>
internal static class GetCatalogueEndpoint
{
    public static void MapGetCatalogue(this IEndpointRouteBuilder group) =>
        group.MapGet("/catalogue", () => TypedResults.Ok(SocialCatalogue.Current))
            .WithName("GetSocialCatalogue")
            .WithSummary("The 26 PPKS types of Permensos 08/2012, the SPM Sosial services (Permensos 9/2018), the assistance programmes and the left-out weights.")
            .RequireRoles(SocialRules.Readers);
}
