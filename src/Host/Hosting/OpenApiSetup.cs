using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.OpenApi;
using Posyandu.Identity.SignIn;
using Posyandu.SharedKernel.Modules;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Posyandu.Host.Hosting;

/// <summary>
/// One OpenAPI document for the whole platform, a tag per module. Swagger UI's Authorize button signs in through this
/// host's OpenID Connect server (authorization code with PKCE, the public client <c>posyandu-web</c>); a bearer token
/// from another issuer (<c>dotnet user-jwts</c>, a province Keycloak) can still be pasted.
/// </summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddPosyanduOpenApi(this IServiceCollection services, ModuleCatalog modules)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Posyandu Digital API",
                Version = "v1",
                Description = "Multi-sector Posyandu (Permendagri 13/2024): one API, one tag per SPM sector module. " +
                              "Every endpoint needs a bearer token with a role and, for regional data, a region claim.",
            });
            options.AddSecurityDefinition("oauth2", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Sign in with a Posyandu Digital account (authorization code with PKCE).",
                Flows = new OpenApiOAuthFlows
                {
                    AuthorizationCode = new OpenApiOAuthFlow
                    {
                        AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                        TokenUrl = new Uri("/connect/token", UriKind.Relative),
                        RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                        Scopes = new Dictionary<string, string> { ["api"] = "The Posyandu Digital API", ["offline_access"] = "Stay signed in (refresh token)" },
                    },
                },
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from an external identity provider, or in development from `dotnet user-jwts create --role … --claim region=…`.",
            });
            // Either scheme (two requirements are alternatives).
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("oauth2", document)] = ["api"],
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
            // Relative to wherever the document was fetched from, so one document serves every deployment.
            options.AddServer(new OpenApiServer { Url = "/", Description = "This host" });
            options.DocumentFilter<TagDescriptions>(modules);
            // Nested records (Feature.Request) would otherwise collide on their short names.
            options.CustomSchemaIds(type => (type.FullName ?? type.Name).Replace('+', '.'));
            foreach (var assembly in modules.Modules.Select(m => m.Assembly).Append(typeof(ModuleCatalog).Assembly).Append(typeof(OpenApiSetup).Assembly))
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml);
                }
            }
        });
        return services;
    }

    /// <summary>One tag per module, described by the module class's own summary (its XML doc), and the platform's.</summary>
    private sealed class TagDescriptions(ModuleCatalog modules) : IDocumentFilter
    {
        public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
        {
            var tags = modules.Modules.Select(m => new OpenApiTag { Name = m.Title, Description = Summary(m.GetType()) ?? m.Title })
                .Append(new OpenApiTag { Name = "Platform", Description = "Operator endpoints over the shared machinery: dead outbox messages, read-model rebuilds, the audit trail." });
            swaggerDoc.Tags = new HashSet<OpenApiTag>(tags);
        }

        private static string? Summary(Type type)
        {
            var xml = Path.Combine(AppContext.BaseDirectory, $"{type.Assembly.GetName().Name}.xml");
            var summary = File.Exists(xml)
                ? XDocument.Load(xml).Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == $"T:{type.FullName}")?.Element("summary")
                : null;
            return summary is null ? null : string.Join(' ', summary.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }

    public static WebApplication UsePosyanduOpenApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Outside Development the API's map is for signed-in people only (issue 21): a bearer token, or the
            // sign-in cookie of /akun/masuk — Swagger UI sends people there and back, then Authorize gets a token.
            app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"), branch => branch.Use(RequireSignedInAsync));
        }

        app.UseSwagger();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/swagger/v1/swagger.json", "Posyandu Digital API v1");
            ui.DocumentTitle = "Posyandu Digital API";
            ui.OAuthClientId("posyandu-web");
            ui.OAuthUsePkce();
            ui.OAuthScopes("api", "offline_access");
        });
        return app;
    }

    private static readonly string[] SwaggerSchemes = [ApiAuthentication.Scheme, IdentityConstants.ApplicationScheme];

    private static async Task RequireSignedInAsync(HttpContext context, RequestDelegate next)
    {
        foreach (var scheme in SwaggerSchemes)
        {
            var result = await context.AuthenticateAsync(scheme);
            if (result.Succeeded && result.Principal.Identity?.IsAuthenticated == true)
            {
                await next(context);
                return;
            }
        }

        if (context.Request.Path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 401, Title = "Sign in to read the API description.", Detail = "Send a bearer token, or sign in on /akun/masuk." },
            });
            return;
        }

        context.Response.Redirect("/akun/masuk?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
    }
}
