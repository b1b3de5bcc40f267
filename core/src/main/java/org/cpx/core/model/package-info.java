/**
 * The one description of the model: {@link org.cpx.core.model.CpxModel} lists every record type
 * and nested object type ({@link org.cpx.core.model.ObjectType}) with its members ({@link
 * org.cpx.core.model.Member}) and what their values are ({@link org.cpx.core.model.Kind}). The JSON
 * codecs, the schema and the format's tables follow it; any tool can walk a CPX value with it.
 */
@NullMarked
package org.cpx.core.model;

import org.jspecify.annotations.NullMarked;
