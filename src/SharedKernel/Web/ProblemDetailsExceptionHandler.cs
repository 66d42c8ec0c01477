using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Posyandu.SharedKernel.Errors;

namespace Posyandu.SharedKernel.Web;

/// <summary>
/// Every error leaves the API as an RFC 7807 ProblemDetails: the handlers' <see cref="AppException"/>s with their
/// status and per-field errors, malformed JSON as a 400 naming the field, a stale version as 412; anything else as
/// a 500 with a trace id and no exception detail (the detail goes to the log).
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        if (problem.Status == 503)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RequestValidationException invalid => Validation(invalid.Errors, invalid.Message),
        AppException app => WithExtensions(new ProblemDetails { Status = app.StatusCode, Title = Title(app.StatusCode), Detail = app.Message }, app.Extensions),
        BadHttpRequestException { InnerException: JsonException json } => Validation(
            new Dictionary<string, string[]> { [FieldOf(json)] = [JsonMessage(json)] }, "The request body is not valid JSON for this endpoint."),
        BadHttpRequestException { StatusCode: 413 } => new ProblemDetails
        {
            Status = 413, Title = "Request body too large.", Detail = "The request body is larger than this endpoint accepts.",
        },
        BadHttpRequestException bad => Validation(
            new Dictionary<string, string[]> { [ParameterOf(bad) ?? "request"] = [bad.Message] }, "The request could not be read."),
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = 412, Title = Title(412), Detail = "The record was changed by someone else. Reload it and try again.",
        },
        DbUpdateException { InnerException: var inner } when IsUniqueViolation(inner) => new ProblemDetails
        {
            // Two identical requests raced past the handler's own duplicate check; the unique index kept one.
            Status = 409, Title = Title(409), Detail = "The same record was saved at the same moment by another request.",
        },
        _ when IsBusy(exception) => new ProblemDetails
        {
            // Another process (a second host instance, the backup command) kept the SQLite file's write lock for longer
            // than busy_timeout and Microsoft.Data.Sqlite's retries (the command timeout, 30 s): nothing was written,
            // and the same request (same Idempotency-Key) may be sent again.
            Status = 503, Title = "The database is busy.", Detail = "The database was busy for longer than a request waits. Nothing was saved; try again.",
        },
        _ => new ProblemDetails { Status = 500, Title = Title(500), Detail = "An unexpected error occurred. It has been logged." },
    };

    /// <summary>SQLITE_BUSY (5) or SQLITE_LOCKED (6), thrown as is or inside EF's DbUpdateException.</summary>
    private static bool IsBusy(Exception exception) =>
        (exception as Microsoft.Data.Sqlite.SqliteException ?? exception.InnerException as Microsoft.Data.Sqlite.SqliteException) is { SqliteErrorCode: 5 or 6 };

    /// <summary>SQLite's UNIQUE/PRIMARY KEY constraint codes (2067, 1555) and SQL Server's duplicate-key errors (2601, 2627).</summary>
    private static bool IsUniqueViolation(Exception? inner) => inner switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    private static ValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors, string detail) => new(errors.ToDictionary())
    {
        Status = 400,
        Title = Title(400),
        Detail = detail,
    };

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    /// <summary>The parameter name in ASP.NET's 'Failed to bind parameter "int? take" from "x".'</summary>
    private static string? ParameterOf(BadHttpRequestException bad)
    {
        var match = System.Text.RegularExpressions.Regex.Match(bad.Message, "parameter \"[^\"]*?([A-Za-z0-9_]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>"$.items[0].weightKg" → "items[0].weightKg"; the whole body when the path is unknown.</summary>
    private static string FieldOf(JsonException json) =>
        string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');

    /// <summary>Our own converters (NIK, region code…) throw messages meant for users; the framework's are generic.</summary>
    private static string JsonMessage(JsonException json)
    {
        var message = json.Message;
        var path = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (path >= 0)
        {
            message = message[..path];
        }

        return message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
               || message.Contains("LineNumber", StringComparison.Ordinal) || message.Length == 0
            ? "The value has the wrong type or format."
            : message;
    }

    private static string Title(int status) => status switch
    {
        400 => "One or more fields are invalid.",
        403 => "Not allowed.",
        404 => "Not found.",
        409 => "Conflict with the current state.",
        412 => "The record has changed.",
        413 => "The upload is too large.",
        415 => "The upload type is not accepted.",
        422 => "The request breaks a business rule.",
        _ => "Server error.",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Endpoint}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string? endpoint);
}
