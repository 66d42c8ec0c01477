using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Posyandu.SharedKernel.Web;

/// <summary>
/// Enums bind by name in query strings and routes too, as they do in bodies (issue 22 item 7): ASP.NET binds a
/// query enum with <see cref="Enum.TryParse(Type, string, bool, out object)"/>, which takes <c>?status=3</c> (any
/// number, defined or not) and <c>?status=menunggu,ditolak</c> (the members OR-ed together). Before the handler runs,
/// every enum parameter of the endpoint's handler that is bound from the query or the route must be one member's
/// name in any case (ASP.NET's own binding wants the C# spelling, <c>Ditolak</c>, where the API and its document say
/// <c>ditolak</c>: the value is handed on in the C# spelling); otherwise a 400 ValidationProblem names the parameter.
/// One middleware for every endpoint, so a new list filter gets the rule without doing anything.
/// </summary>
public sealed class EnumParameterMiddleware(RequestDelegate next)
{
    private readonly ConcurrentDictionary<Endpoint, EnumParameter[]> _parameters = new();

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint() is not { } endpoint)
        {
            return next(context);
        }

        Dictionary<string, string[]>? errors = null;
        Dictionary<string, StringValues>? query = null;
        foreach (var parameter in _parameters.GetOrAdd(endpoint, EnumParameter.Of))
        {
            var values = parameter.FromRoute
                ? [Convert.ToString(context.Request.RouteValues[parameter.Name], System.Globalization.CultureInfo.InvariantCulture)]
                : context.Request.Query[parameter.Name].ToArray();
            var members = values.Select(v => string.IsNullOrEmpty(v) ? v : parameter.Names.FirstOrDefault(n => n.Equals(v, StringComparison.OrdinalIgnoreCase))).ToArray();
            if (members.Where((m, i) => m is null && !string.IsNullOrEmpty(values[i])).Any())
            {
                errors ??= [];
                errors[parameter.Name] = [$"{parameter.Name} is one of: {string.Join(", ", parameter.ApiNames)} (by name, not by number)."];
            }
            else if (!members.SequenceEqual(values, StringComparer.Ordinal))
            {
                if (parameter.FromRoute)
                {
                    context.Request.RouteValues[parameter.Name] = members[0];
                }
                else
                {
                    query ??= context.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
                    query[parameter.Name] = new StringValues(members);
                }
            }
        }

        if (errors is not null)
        {
            return RefuseAsync(context, errors);
        }

        if (query is not null)
        {
            context.Request.Query = new QueryCollection(query);
        }

        return next(context);
    }

    private static Task RefuseAsync(HttpContext context, Dictionary<string, string[]> errors)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = 400, Title = "One or more fields are invalid.", Detail = "The request could not be read.",
        };
        return context.RequestServices.GetService(typeof(IProblemDetailsService)) is IProblemDetailsService service
            ? service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask()
            : context.Response.WriteAsJsonAsync(problem);
    }

    /// <summary>An enum (or nullable enum, or array of them) parameter of a handler, bound from the query or the route.</summary>
    private sealed record EnumParameter(string Name, bool FromRoute, string[] Names, string[] ApiNames)
    {
        public static EnumParameter[] Of(Endpoint endpoint)
        {
            if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
            {
                return [];
            }

            var routeNames = endpoint is RouteEndpoint route
                ? route.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : [];
            return method.GetParameters().Select(p => From(p, routeNames)).OfType<EnumParameter>().ToArray();
        }

        private static EnumParameter? From(ParameterInfo parameter, HashSet<string> routeNames)
        {
            var type = parameter.ParameterType.IsArray ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
            type = Nullable.GetUnderlyingType(type) ?? type;
            var attributes = parameter.GetCustomAttributes(inherit: true);
            if (!type.IsEnum || parameter.Name is null
                || attributes.Any(a => a is IFromBodyMetadata or IFromServiceMetadata or IFromHeaderMetadata or IFromFormMetadata))
            {
                return null;
            }

            var query = attributes.OfType<IFromQueryMetadata>().FirstOrDefault();
            var fromRoute = attributes.OfType<IFromRouteMetadata>().FirstOrDefault();
            var name = query?.Name ?? fromRoute?.Name ?? parameter.Name;
            var names = Enum.GetNames(type);
            return new EnumParameter(name, query is null && (fromRoute is not null || routeNames.Contains(name)), names,
                names.Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray());
        }
    }
}
